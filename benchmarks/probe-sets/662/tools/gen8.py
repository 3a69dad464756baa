"""p662-8: ward portal (UBND phường Minh An, Hội An) — Nguyễn Hoàng night market, 7 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """UBND PHƯỜNG MINH AN - THÀNH PHỐ HỘI AN
Tin tức - Sự kiện
Ngày đăng: 26/08/2024 14:10 | Người đăng: Văn phòng UBND phường

Chợ đêm Nguyễn Hoàng: 7 tháng đón gần 900.000 lượt khách

7 tháng đầu năm 2024, chợ đêm Nguyễn Hoàng đón gần 900.000 lượt khách, tăng 15,3% so với cùng kỳ năm 2023, bình quân khoảng 4.200 lượt mỗi đêm. Chợ hoạt động từ 17h00 đến 22h00 hằng ngày với 110 gian hàng, gồm 48 gian ẩm thực và 62 gian hàng lưu niệm, thủ công mỹ nghệ.

Phí thuê mặt bằng hiện là 3,5 triệu đồng/gian/tháng. Tổ vệ sinh môi trường thu gom bình quân 1,2 tấn rác/đêm; tỷ lệ gian hàng không sử dụng túi ni lông đạt 85%, tăng 20 điểm phần trăm so với năm 2023.

Công an phường phối hợp Đội Quản lý trật tự đô thị thành phố duy trì 14 người trực mỗi đêm. Trong 7 tháng, lực lượng chức năng tổ chức 2 đợt ra quân, xử lý 37 trường hợp chèo kéo khách, tạm giữ 52 xe đẩy bán hàng rong. UBND phường cũng tiếp nhận 9 phản ánh của người dân Khối phố An Hội 2 về tiếng ồn từ loa phát nhạc của các gian hàng.

Dự kiến trong quý IV/2024, phường sẽ mở rộng chợ đêm thêm 30 gian hàng dọc đường Nguyễn Phúc Chu, nâng tổng số lên 140 gian hàng; đồng thời đề xuất thành phố đầu tư 2,6 tỷ đồng lắp đặt hệ thống camera giám sát.

Địa chỉ: 02 Hoàng Diệu, phường Minh An. Điện thoại: 0235.3861.245
"""

H7 = P("7 tháng", "2024-01-01", "2024-07-31")
S7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
T7 = P("Trong 7 tháng", "2024-01-01", "2024-07-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("7 tháng đón gần 900.000 lượt khách", "900.000", 900000, "count", "lượt khách",
      "lượt khách chợ đêm Nguyễn Hoàng", H7, approx="nearly"),
    F("Nguyễn Hoàng đón gần 900.000 lượt khách", "900.000", 900000, "count", "lượt khách",
      "lượt khách chợ đêm Nguyễn Hoàng", S7, approx="nearly", change=CH("increase", 15.3, "%", "cùng kỳ năm 2023")),
    F("khoảng 4.200 lượt", "4.200", 4200, "count", "lượt", "lượt khách bình quân mỗi đêm", S7, approx="about"),
    F("với 110 gian hàng", "110", 110, "count", "gian hàng", "gian hàng chợ đêm Nguyễn Hoàng"),
    F("gồm 48 gian", "48", 48, "count", "gian", "gian ẩm thực", total=110),
    F("62 gian hàng", "62", 62, "count", "gian hàng", "gian hàng lưu niệm, thủ công mỹ nghệ", total=110),
    F("là 3,5 triệu đồng/gian/tháng", "3,5", 3500000, "money", "đồng/gian/tháng", "phí thuê mặt bằng"),
    F("bình quân 1,2 tấn rác/đêm", "1,2", 1.2, "measure", "tấn/đêm", "rác thu gom bình quân"),
    F("đạt 85%", "85", 85, "percent", "%", "tỷ lệ gian hàng không sử dụng túi ni lông",
      change=CH("increase", 20, "điểm phần trăm", "năm 2023")),
    F("duy trì 14 người", "14", 14, "count", "người", "người trực mỗi đêm"),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt ra quân", T7),
    F("xử lý 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp chèo kéo khách bị xử lý", T7),
    F("tạm giữ 52 xe", "52", 52, "count", "xe đẩy", "xe đẩy bán hàng rong bị tạm giữ", T7),
    F("tiếp nhận 9 phản ánh", "9", 9, "count", "phản ánh", "phản ánh về tiếng ồn từ loa phát nhạc của các gian hàng", I(T7)),
    F("thêm 30 gian hàng", "30", 30, "count", "gian hàng", "gian hàng mở rộng chợ đêm", Q4, status="forecast"),
    F("lên 140 gian hàng", "140", 140, "count", "gian hàng", "tổng số gian hàng chợ đêm", Q4, status="forecast"),
    F("đầu tư 2,6 tỷ đồng", "2,6", 2600000000, "money", "đồng", "vốn đầu tư lắp đặt hệ thống camera giám sát", Q4,
      status="forecast"),
]

COMMENTS = [
    "Ward portal (UBND phường Minh An, TP. Hội An): Nguyễn Hoàng night market, 7 months 2024; 'Ngày đăng: 26/08/2024 14:10'.",
    "A ward is below district level: location Hội An. Headline '7 tháng' takes 2024 from the dateline; 'Trong 7 tháng' from the lead.",
    "'gồm 48 … và 62' add up to 110 (parts). 85% is a level with a change in percentage points (unit 'điểm phần trăm').",
    "'Dự kiến … đồng thời đề xuất …' -> forecast for all three Q4 figures. Distractors: 17h00/22h00, Khối phố An Hội 2, 02 Hoàng Diệu, phone.",
]

if __name__ == "__main__":
    emit("p662-8", TEXT, COMMENTS, FIGS, published="2024-08-26", location="Hội An")
