"""p1117-2: district portal (huyện Lang Chánh, Thanh Hóa): households, a cooperative, 2023 results, 2024 plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LANG CHÁNH - TỈNH THANH HÓA
Tin tức - Sự kiện / Phát triển kinh tế

Nghề làm đũa, tăm tre giúp đồng bào Thái, Mường tăng thu nhập

Ngày đăng: 09/05/2024 15:20 | Người đăng: Hà Linh

Những năm gần đây, từ cây luồng sẵn có, nhiều hộ dân ở các xã Tân Phúc, Giao An và Đồng Lương đã phát triển nghề chẻ tăm, vót đũa. Hiện toàn huyện có 214 hộ làm đũa, tăm tre, thu hút gần 600 lao động nông nhàn, trong đó hơn 70% là phụ nữ.

Tiêu biểu là Hợp tác xã Đũa tre Tân Phúc, thành lập năm 2019 tại bản Chiềng Khạt, xã Tân Phúc. Hợp tác xã có 27 thành viên, đã đầu tư hai dây chuyền máy chẻ, đánh bóng và sấy đũa với tổng vốn hơn 3,2 tỷ đồng, công suất khoảng 40.000 đôi đũa/ngày. Sản phẩm tiêu thụ chủ yếu tại Hà Nội, Thanh Hóa và bán cho doanh nghiệp xuất khẩu sang Nhật Bản. Năm 2023, doanh thu của HTX đạt 4,6 tỷ đồng, lợi nhuận gần 700 triệu đồng; 45 lao động thường xuyên có mức lương 5,5 triệu đồng/người/tháng.

Năm 2023, tổng giá trị sản xuất từ nghề đũa, tăm tre trên địa bàn huyện ước đạt 38 tỷ đồng, tăng 12% so với năm 2022. Huyện đã phối hợp với Trung tâm Giáo dục nghề nghiệp - GDTX tổ chức 6 lớp dạy nghề chẻ tăm, vót đũa cho 180 học viên; mỗi học viên được hỗ trợ tiền ăn 30.000 đồng/ngày.

Năm 2024, huyện phấn đấu phát triển thêm 3 hợp tác xã và 50 hộ sản xuất đũa, tăm tre, nâng giá trị sản xuất của nghề lên 45 tỷ đồng.

Hà Linh (Trung tâm VH-TT&TT huyện)

Các tin khác:
- Lang Chánh: Hội nghị tổng kết Chương trình 135 giai đoạn III
- Trồng mới rừng luồng theo Quyết định 147

Địa chỉ: Khu phố Trung Tâm, thị trấn Lang Chánh | Điện thoại: 0237.3874.125
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
HTX = "Hợp tác xã Đũa tre Tân Phúc"

FIGS = [
    fig("có 214 hộ", "214", 214, "count", "hộ", subject="hộ làm đũa, tăm tre"),
    fig("gần 600 lao động", "600", 600, "count", "lao động", approx="nearly",
        subject="lao động nông nhàn làm đũa, tăm tre"),
    fig("hơn 70% là phụ nữ", "70", 70, "percent", "%", approx="over",
        subject="lao động làm đũa, tăm tre là phụ nữ"),
    fig("có 27 thành viên", "27", 27, "count", "thành viên", subject=f"thành viên {HTX}"),
    fig("tư hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền máy chẻ, đánh bóng và sấy đũa hợp tác xã đầu tư"),
    fig("hơn 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", approx="over",
        subject="tổng vốn đầu tư dây chuyền máy chẻ, đánh bóng và sấy đũa"),
    fig("khoảng 40.000 đôi", "40.000", 40000, "measure", "đôi đũa/ngày", approx="about",
        subject="công suất dây chuyền của hợp tác xã"),
    fig("đạt 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", subject="doanh thu của HTX", period=Y23),
    fig("gần 700 triệu đồng", "700", 7e8, "money", "đồng", approx="nearly",
        subject="lợi nhuận của HTX", period=Y23),
    fig("45 lao động thường xuyên", "45", 45, "count", "lao động",
        subject="lao động thường xuyên của HTX", period=Y23),
    fig("lương 5,5 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng",
        subject="mức lương lao động thường xuyên của HTX", period=Y23),
    fig("ước đạt 38 tỷ đồng", "38", 38e9, "money", "đồng", status="estimate",
        change=chg("increase", 12, "%", "năm 2022"),
        subject="tổng giá trị sản xuất từ nghề đũa, tăm tre", period=Y23),
    fig("tổ chức 6 lớp", "6", 6, "count", "lớp", subject="lớp dạy nghề chẻ tăm, vót đũa", period=inh(Y23)),
    fig("cho 180 học viên", "180", 180, "count", "học viên",
        subject="học viên lớp dạy nghề chẻ tăm, vót đũa", period=inh(Y23)),
    fig("tiền ăn 30.000 đồng/ngày", "30.000", 30000, "money", "đồng/ngày",
        subject="tiền ăn hỗ trợ mỗi học viên"),
    fig("thêm 3 hợp tác xã", "3", 3, "count", "hợp tác xã", status="target",
        subject="hợp tác xã sản xuất đũa, tăm tre phát triển thêm", period=Y24),
    fig("50 hộ sản xuất", "50", 50, "count", "hộ", status="target",
        subject="hộ sản xuất đũa, tăm tre phát triển thêm", period=Y24),
    fig("lên 45 tỷ đồng", "45", 45e9, "money", "đồng", status="target",
        subject="giá trị sản xuất của nghề đũa, tăm tre", period=Y24),
]

NOTES = [
    "District portal (huyện Lang Chánh, Thanh Hóa): 'Ngày đăng: 09/05/2024 15:20 | Người đăng: …' (published). Default location: the district.",
    "'trong đó hơn 70% là phụ nữ' is a percent figure of its own (a percent has no whole in 'lao động'). 'hai dây chuyền' is a number word.",
    "Cooperative passage (xã Tân Phúc, a commune of the district): location Lang Chánh. '45 lao động …' continues the 'Năm 2023' sentence after ';'.",
    "'6 lớp … 180 học viên' stand in the sentence after 'Năm 2023, … ước đạt 38 tỷ': inherited 2023. Meal support is a standing rule: no period.",
    "Distractors: 'thành lập năm 2019', 'Chương trình 135 giai đoạn III', 'Quyết định 147', phone 0237.3874.125, 15:20.",
]

if __name__ == "__main__":
    write("p1117-2", TEXT, NOTES, FIGS, published="2024-05-09", location="Lang Chánh")
