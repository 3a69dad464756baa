"""p1459-1: province portal (Thanh Hóa): inspections of optical shops, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Kiểm tra 186 cơ sở kinh doanh kính thuốc, xử phạt hơn 215 triệu đồng

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Y tế, 9 tháng đầu năm 2024, đoàn kiểm tra liên ngành đã kiểm tra 186 cơ sở kinh doanh kính thuốc trên địa bàn tỉnh, phát hiện 41 cơ sở vi phạm, chiếm 22% số cơ sở được kiểm tra; xử phạt vi phạm hành chính hơn 215 triệu đồng, tăng 18% so với cùng kỳ năm 2023.

Các vi phạm chủ yếu là bán gọng kính, tròng kính không rõ nguồn gốc, người đo khúc xạ chưa có chứng chỉ hành nghề. Đoàn đã tạm giữ 3.450 gọng kính và khoảng 12,6 nghìn tròng kính các loại, trị giá gần 1,3 tỷ đồng; đình chỉ có thời hạn hoạt động dịch vụ kính thuốc của 5 cơ sở.

Hiện toàn tỉnh có khoảng 430 cơ sở kinh doanh kính mắt, trong đó 162 cơ sở có dịch vụ đo, cắt kính thuốc, tập trung tại TP Thanh Hóa (74 cơ sở), thị xã Bỉm Sơn (15 cơ sở) và TP Sầm Sơn (12 cơ sở). Tuy nhiên, cả tỉnh mới có 58 người đo khúc xạ được cấp chứng chỉ hành nghề.

Từ đầu năm đến nay, Sở Y tế đã cấp mới giấy phép hoạt động cho 17 cơ sở dịch vụ kính thuốc, gấp đôi cả năm 2023.

Quý IV, ngành y tế phấn đấu kiểm tra thêm ít nhất 60 cơ sở, tập trung vào các cửa hàng kính dọc Quốc lộ 1A và Quốc lộ 47. Người dân phát hiện sai phạm có thể phản ánh qua đường dây nóng 0237.3852.174.

Tin liên quan:
- Khám mắt miễn phí cho học sinh tiểu học huyện Nga Sơn năm học 2024-2025
- Tập huấn triển khai Thông tư số 32/2023/TT-BYT cho cơ sở khám, chữa bệnh
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
SHOPS = "cơ sở có dịch vụ đo, cắt kính thuốc"

FIGS = [
    fig("Kiểm tra 186 cơ sở", "186", 186, "count", "cơ sở",
        subject="cơ sở kinh doanh kính thuốc được kiểm tra"),
    fig("xử phạt hơn 215 triệu", "215", 215e6, "money", "đồng", approx="over",
        subject="tiền xử phạt"),
    fig("kiểm tra 186 cơ sở kinh doanh", "186", 186, "count", "cơ sở",
        subject="cơ sở kinh doanh kính thuốc đoàn kiểm tra liên ngành đã kiểm tra", period=NINE),
    fig("phát hiện 41 cơ sở", "41", 41, "count", "cơ sở", percent=22,
        subject="cơ sở vi phạm", period=NINE),
    fig("hành chính hơn 215 triệu", "215", 215e6, "money", "đồng", approx="over",
        change=chg("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="xử phạt vi phạm hành chính", period=NINE),
    fig("tạm giữ 3.450 gọng", "3.450", 3450, "count", "gọng kính",
        subject="gọng kính bị tạm giữ", period=inh(NINE)),
    fig("khoảng 12,6 nghìn", "12,6", 12600, "count", "tròng kính", approx="about",
        subject="tròng kính các loại bị tạm giữ", period=inh(NINE)),
    fig("gần 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="nearly",
        subject="trị giá gọng kính, tròng kính bị tạm giữ", period=inh(NINE)),
    fig("của 5 cơ sở", "5", 5, "count", "cơ sở",
        subject="cơ sở bị đình chỉ có thời hạn hoạt động dịch vụ kính thuốc", period=inh(NINE)),
    fig("khoảng 430 cơ sở", "430", 430, "count", "cơ sở", approx="about",
        subject="cơ sở kinh doanh kính mắt"),
    fig("trong đó 162 cơ sở", "162", 162, "count", "cơ sở", total=430, subject=SHOPS),
    fig("(74 cơ sở)", "74", 74, "count", "cơ sở", subject=SHOPS, location="TP Thanh Hóa"),
    fig("(15 cơ sở)", "15", 15, "count", "cơ sở", subject=SHOPS, location="Bỉm Sơn"),
    fig("(12 cơ sở)", "12", 12, "count", "cơ sở", subject=SHOPS, location="Sầm Sơn"),
    fig("có 58 người", "58", 58, "count", "người",
        subject="người đo khúc xạ được cấp chứng chỉ hành nghề"),
    fig("cho 17 cơ sở", "17", 17, "count", "cơ sở",
        change=chg("increase", 2, "lần", "cả năm 2023"),
        subject="cơ sở dịch vụ kính thuốc được cấp mới giấy phép hoạt động", period=YTD),
    fig("ít nhất 60 cơ sở", "60", 60, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kiểm tra thêm", period=Q4),
]

NOTES = [
    "Province portal (Thanh Hóa): breadcrumb, headline figures, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Body says only 'tỉnh'; the portal name and TP Thanh Hóa imply Thanh Hóa (default location).",
    "Distractors: 08:45, Lượt xem 1.386, Quốc lộ 1A / 47, hotline 0237.3852.174, 'năm học 2024-2025', Thông tư số 32/2023/TT-BYT.",
    "Headline figures have no period. '41 cơ sở ..., chiếm 22%' → percent 22, no total (no part-of cue; 'chiếm' is the share).",
    "'khoảng 12,6 nghìn tròng kính' = 12 600 (about). Sentence-2 figures inherit '9 tháng đầu năm 2024' (other sentence).",
    "'trong đó 162' → total 430. The bracketed district counts do not add up to 162: no total; place → location.",
    "'gấp đôi cả năm 2023' after 17 cơ sở: change increase 2 lần. 'Từ đầu năm đến nay' ends at the dateline 2024-10-15.",
    "'Quý IV ... phấn đấu ... ít nhất 60' → target, at_least, 2024-Q4.",
]

if __name__ == "__main__":
    write("p1459-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Thanh Hóa")
