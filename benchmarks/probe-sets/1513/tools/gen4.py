"""p1513-4: ministry site (Bộ Công Thương): national imports/exports of metal cookware, 9 months 2023."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Thị trường trong nước

Nhập khẩu dụng cụ nhà bếp 9 tháng đạt gần 480 triệu USD

Thứ hai, 16/10/2023 | 09:20 | Vụ Thị trường trong nước

Theo số liệu thống kê, 9 tháng đầu năm 2023, kim ngạch nhập khẩu dụng cụ nấu ăn bằng kim loại (nồi, chảo, xoong, ấm) của Việt Nam ước đạt 478,6 triệu USD, tăng 12,7% so với cùng kỳ năm 2022. Trung Quốc tiếp tục là thị trường cung cấp lớn nhất với 312,4 triệu USD, chiếm 65,3% tổng kim ngạch; tiếp đến là Hàn Quốc 58,9 triệu USD, Thái Lan 36,2 triệu USD và Đức 21,7 triệu USD. Riêng tháng 9, kim ngạch nhập khẩu đạt 61,3 triệu USD, tăng 4,1% so với tháng trước. Giá nhập khẩu bình quân chảo chống dính từ Trung Quốc ở mức 2,6 USD/chiếc, giảm 8% so với năm 2022.

Ở chiều ngược lại, xuất khẩu nồi, chảo và dụng cụ nhà bếp của doanh nghiệp trong nước đạt khoảng 1,02 tỷ USD, tăng 6,5% so với cùng kỳ. Hoa Kỳ là thị trường xuất khẩu lớn nhất, chiếm gần 40%, tiếp theo là Nhật Bản (14,2%) và Hàn Quốc (9,6%).

Hiện cả nước có khoảng 180 doanh nghiệp sản xuất dụng cụ nấu ăn bằng kim loại, trong đó hơn 60 doanh nghiệp FDI, tập trung tại Bình Dương, Đồng Nai, Long An, Hưng Yên và Bắc Ninh. Năng lực sản xuất ước khoảng 210 triệu sản phẩm/năm.

Theo Quyết định số 2711/QĐ-BCT, mục tiêu đến năm 2030 tỷ lệ nội địa hóa của nồi, chảo sản xuất trong nước đạt ít nhất 70%. Bộ Công Thương cũng đang xây dựng quy chuẩn kỹ thuật về an toàn của dụng cụ nấu có lớp phủ chống dính, dự kiến ban hành trong quý II/2024.

Bản quyền thuộc Bộ Công Thương. Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

M9 = per("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
M9S = per("9 tháng", "2023-01-01", "2023-09-30")
SEP = per("tháng 9", "2023-09-01", "2023-09-30")
T30 = per("đến năm 2030", None, "2030-12-31")
IMP = "kim ngạch nhập khẩu dụng cụ nấu ăn bằng kim loại"
EXP = "tỷ trọng trong xuất khẩu nồi, chảo"

FIGS = [
    fig("gần 480 triệu", "480", 480e6, "money", "USD", approx="nearly",
        subject="nhập khẩu dụng cụ nhà bếp", period=M9S),
    fig("ước đạt 478,6 triệu", "478,6", 478.6e6, "money", "USD", status="estimate",
        change=chg("increase", 12.7, "%", "cùng kỳ năm 2022"), subject=IMP, period=M9),
    fig("với 312,4 triệu", "312,4", 312.4e6, "money", "USD", percent=65.3,
        subject=f"{IMP} từ Trung Quốc", period=inh(M9)),
    fig("Hàn Quốc 58,9 triệu", "58,9", 58.9e6, "money", "USD",
        subject=f"{IMP} từ Hàn Quốc", period=inh(M9)),
    fig("Thái Lan 36,2 triệu", "36,2", 36.2e6, "money", "USD",
        subject=f"{IMP} từ Thái Lan", period=inh(M9)),
    fig("Đức 21,7 triệu", "21,7", 21.7e6, "money", "USD",
        subject=f"{IMP} từ Đức", period=inh(M9)),
    fig("đạt 61,3 triệu", "61,3", 61.3e6, "money", "USD",
        change=chg("increase", 4.1, "%", "tháng trước"), subject="kim ngạch nhập khẩu", period=SEP),
    fig("mức 2,6 USD/chiếc", "2,6", 2.6, "money", "USD/chiếc",
        change=chg("decrease", 8, "%", "năm 2022"),
        subject="giá nhập khẩu bình quân chảo chống dính từ Trung Quốc", period=inh(M9)),
    fig("khoảng 1,02 tỷ", "1,02", 1.02e9, "money", "USD", approx="about",
        change=chg("increase", 6.5, "%", "cùng kỳ"),
        subject="xuất khẩu nồi, chảo và dụng cụ nhà bếp của doanh nghiệp trong nước", period=inh(M9)),
    fig("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject=f"{EXP} của thị trường Hoa Kỳ", period=inh(M9)),
    fig("(14,2%)", "14,2", 14.2, "percent", "%", subject=f"{EXP} của thị trường Nhật Bản", period=inh(M9)),
    fig("(9,6%)", "9,6", 9.6, "percent", "%", subject=f"{EXP} của thị trường Hàn Quốc", period=inh(M9)),
    fig("khoảng 180 doanh nghiệp", "180", 180, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất dụng cụ nấu ăn bằng kim loại"),
    fig("hơn 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", approx="over", total=180,
        subject="doanh nghiệp FDI"),
    fig("khoảng 210 triệu", "210", 210e6, "measure", "sản phẩm/năm", approx="about", status="estimate",
        subject="năng lực sản xuất"),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa của nồi, chảo sản xuất trong nước", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, 'Thứ hai, 16/10/2023 | 09:20 | Vụ Thị trường trong nước', copyright/address footer.",
    "All figures are national: location Việt Nam. Trung Quốc, Hàn Quốc, Thái Lan, Đức, Hoa Kỳ, Nhật Bản are trade partners, not places;",
    "the provinces after 'tập trung tại' follow a national count and do not make it provincial.",
    "Headline 'gần 480 triệu USD' (nearly) with '9 tháng' in the headline. '312,4 triệu USD, chiếm 65,3%' → percent attribute; no trong đó/gồm cue → no total.",
    "The list 'tiếp đến là Hàn Quốc 58,9 triệu USD, ...' shares the indicator; periods of the sentences without a phrase are inherited from '9 tháng đầu năm 2023'.",
    "'Riêng tháng 9' → 2023-09. 'Hoa Kỳ ... chiếm gần 40%, tiếp theo là Nhật Bản (14,2%) và Hàn Quốc (9,6%)': list of shares, each a percent figure.",
    "'hơn 60 doanh nghiệp FDI' after 'trong đó' → total 180. 'Năng lực sản xuất ước khoảng 210 triệu sản phẩm/năm' → estimate + about, a rate (measure).",
    "'mục tiêu đến năm 2030 ... ít nhất 70%' → target, at_least, period start null end 2030-12-31.",
    "Distractors: 09:20, Quyết định số 2711/QĐ-BCT, quý II/2024, '54 Hai Bà Trưng', phone 024.2220.2108, 'năm 2022' baselines.",
]

if __name__ == "__main__":
    write("p1513-4", TEXT, NOTES, FIGS, published="2023-10-16", location="Việt Nam")
