"""p1455-4: ministry site (Bộ Công Thương): national lighting market, LED share, trade, energy labels."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Sử dụng năng lượng tiết kiệm và hiệu quả

Đèn LED chiếm khoảng 85% thị trường chiếu sáng trong nước

20/03/2024 | 09:30 | Vụ Tiết kiệm năng lượng và Phát triển bền vững

Theo báo cáo của Vụ Tiết kiệm năng lượng và Phát triển bền vững, năm 2023 cả nước tiêu thụ khoảng 310 triệu sản phẩm chiếu sáng các loại, trong đó đèn LED chiếm khoảng 85%, tăng 7 điểm phần trăm so với năm 2020.

Cả nước hiện có khoảng 40 doanh nghiệp sản xuất, lắp ráp thiết bị chiếu sáng với tổng năng lực khoảng 380 triệu sản phẩm/năm; hai doanh nghiệp lớn nhất chiếm gần 45% sản lượng.

Năm 2023, kim ngạch xuất khẩu thiết bị chiếu sáng đạt 1,24 tỷ USD, tăng 6,2% so với năm 2022; nhập khẩu 865 triệu USD, giảm 3,4%. Các thị trường xuất khẩu chính lần lượt là Hoa Kỳ (412 triệu USD), Nhật Bản (186 triệu USD) và Hàn Quốc (97 triệu USD).

Từ năm 2020 đến nay, Bộ đã kiểm tra 1.260 mẫu đèn LED, phát hiện 74 mẫu không đạt mức hiệu suất năng lượng tối thiểu theo TCVN 11844:2017, chiếm 5,9%. Đến hết năm 2023, có 2.315 mẫu đèn LED được dán nhãn năng lượng, trong đó 1.480 mẫu đạt nhãn 5 sao.

Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả giai đoạn 2019-2030 (VNEEP3) đặt mục tiêu đến năm 2025 tiết kiệm từ 5% đến 7% tổng tiêu thụ năng lượng toàn quốc, đến năm 2030 từ 8% đến 10%. Bộ dự kiến trình Thủ tướng lộ trình loại bỏ bóng đèn có hiệu suất dưới 90 lm/W.

Các tin khác:
- Hội nghị triển khai Quyết định số 280/QĐ-TTg
- Trao Giải thưởng Hiệu quả năng lượng lần thứ 6

Địa chỉ: 25 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = per("Từ năm 2020 đến nay", "2020-01-01", "2024-03-20")
ASOF = per("Đến hết năm 2023", None, "2023-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("chiếm khoảng 85% thị trường", "85", 85, "percent", "%", approx="about",
        subject="đèn LED trên thị trường chiếu sáng trong nước"),
    fig("khoảng 310 triệu", "310", 310e6, "count", "sản phẩm", approx="about",
        subject="sản phẩm chiếu sáng các loại cả nước tiêu thụ", period=Y23),
    fig("chiếm khoảng 85%, tăng", "85", 85, "percent", "%", approx="about",
        change=chg("increase", 7, "điểm phần trăm", "năm 2020"),
        subject="đèn LED trong sản phẩm chiếu sáng tiêu thụ", period=Y23),
    fig("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, lắp ráp thiết bị chiếu sáng"),
    fig("khoảng 380 triệu", "380", 380e6, "measure", "sản phẩm/năm", approx="about",
        subject="tổng năng lực sản xuất thiết bị chiếu sáng"),
    fig("hai doanh nghiệp lớn nhất", "hai", 2, "count", "doanh nghiệp", optional=True,
        subject="doanh nghiệp lớn nhất"),
    fig("gần 45%", "45", 45, "percent", "%", approx="nearly",
        subject="hai doanh nghiệp lớn nhất trong sản lượng"),
    fig("đạt 1,24 tỷ", "1,24", 1.24e9, "money", "USD",
        change=chg("increase", 6.2, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu thiết bị chiếu sáng", period=Y23b),
    fig("nhập khẩu 865 triệu", "865", 865e6, "money", "USD",
        change=chg("decrease", 3.4, "%"),
        subject="nhập khẩu thiết bị chiếu sáng", period=Y23b),
    fig("Hoa Kỳ (412 triệu", "412", 412e6, "money", "USD",
        subject="kim ngạch xuất khẩu thiết bị chiếu sáng sang Hoa Kỳ", period=inh(Y23b)),
    fig("Nhật Bản (186 triệu", "186", 186e6, "money", "USD",
        subject="kim ngạch xuất khẩu thiết bị chiếu sáng sang Nhật Bản", period=inh(Y23b)),
    fig("Hàn Quốc (97 triệu", "97", 97e6, "money", "USD",
        subject="kim ngạch xuất khẩu thiết bị chiếu sáng sang Hàn Quốc", period=inh(Y23b)),
    fig("kiểm tra 1.260 mẫu", "1.260", 1260, "count", "mẫu",
        subject="mẫu đèn LED Bộ kiểm tra", period=SINCE),
    fig("phát hiện 74 mẫu", "74", 74, "count", "mẫu", percent=5.9,
        subject="mẫu đèn LED không đạt mức hiệu suất năng lượng tối thiểu", period=SINCE),
    fig("có 2.315 mẫu", "2.315", 2315, "count", "mẫu",
        subject="mẫu đèn LED được dán nhãn năng lượng", period=ASOF),
    fig("trong đó 1.480 mẫu", "1.480", 1480, "count", "mẫu", total=2315,
        subject="mẫu đèn LED đạt nhãn 5 sao", period=ASOF),
    fig("từ 5% đến 7%", "5", 5, "percent", "%", value_max=7, status="target",
        subject="tiết kiệm tổng tiêu thụ năng lượng toàn quốc", period=TO25),
    fig("từ 8% đến 10%", "8", 8, "percent", "%", value_max=10, status="target",
        subject="tiết kiệm tổng tiêu thụ năng lượng toàn quốc", period=TO30),
    fig("dưới 90 lm/W", "90", 90, "measure", "lm/W", approx="under", optional=True,
        subject="hiệu suất bóng đèn bị loại bỏ"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '20/03/2024 | 09:30 | Vụ ...' dateline, 'Các tin khác', address footer. National figures: location Việt Nam.",
    "Distractors: 09:30, TCVN 11844:2017, 'nhãn 5 sao', 'giai đoạn 2019-2030', VNEEP3, Quyết định số 280/QĐ-TTg, 'lần thứ 6', '25 Ngô Quyền'.",
    "Headline 85% has no period; the body's 85% ('trong đó đèn LED chiếm khoảng 85%') is a percent figure of its own with the change 'tăng 7 điểm phần trăm'.",
    "'hai doanh nghiệp lớn nhất' names the group whose share follows: optional. Their 'gần 45%' is a percent figure.",
    "Trade partners (Hoa Kỳ, Nhật Bản, Hàn Quốc) are not places: location stays Việt Nam, the partner goes to the subject.",
    "'phát hiện 74 mẫu' after 'kiểm tra 1.260 mẫu' has no part-of cue: no total; 'chiếm 5,9%' is its percent. 'trong đó 1.480 mẫu' takes total 2.315.",
    "'Từ năm 2020 đến nay' ends at the dateline 2024-03-20. 'Đến hết năm 2023' is an as-of date. 'đến năm 2030 từ 8% đến 10%' continues 'đặt mục tiêu': target.",
    "'dưới 90 lm/W' is a regulatory threshold, not a measured fact: optional.",
]

if __name__ == "__main__":
    write("p1455-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")
