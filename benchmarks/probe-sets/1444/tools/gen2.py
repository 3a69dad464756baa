"""p1444-2: district portal (huyện Thường Tín, Hà Nội): tightening control of septic pumping, illegal dumping."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG TÍN - THÀNH PHỐ HÀ NỘI

Trang chủ / Tin tức - Sự kiện / Tài nguyên - Môi trường

Thường Tín siết chặt quản lý dịch vụ hút bể phốt

21/05/2024 - 10:30

Thời gian qua, tình trạng xe hút bể phốt đổ trộm bùn thải ra ven Quốc lộ 1A, kênh tiêu Đồng Mai và các bãi đất trống gây bức xúc trong nhân dân. Từ tháng 1 đến hết tháng 4/2024, Công an huyện phát hiện 6 vụ, bắt giữ 7 xe hút chở tổng cộng khoảng 40 m3 bùn, xử phạt hành chính 218 triệu đồng.

Trên địa bàn huyện hiện có hơn ba chục xe hút bể phốt hoạt động, thuộc 11 cơ sở kinh doanh dịch vụ; trong đó chỉ có 4 cơ sở ký hợp đồng chuyển giao bùn cho đơn vị có chức năng xử lý. Theo khảo sát của Phòng Tài nguyên và Môi trường, toàn huyện có khoảng 58.000 hộ gia đình sử dụng bể tự hoại, nhưng mỗi năm chỉ 10-15% số hộ thuê hút bể phốt.

Hiện bùn được tiếp nhận tại trạm xử lý của Công ty TNHH Môi trường Xanh 68 ở xã Duyên Thái, công suất 30 m3/ngày, giá tiếp nhận 180.000 đồng/m3. Năm 2023, trạm tiếp nhận 5.240 m3 bùn, vượt 4,8% so với kế hoạch.

UBND huyện đã ban hành Kế hoạch số 127/KH-UBND, yêu cầu 100% cơ sở hút bể phốt đăng ký với UBND xã và lắp thiết bị định vị trên xe trước ngày 30/6/2024. Năm 2024, huyện phấn đấu nâng tỷ lệ bùn bể phốt được thu gom, xử lý đúng quy định lên ít nhất 60%. Người dân phát hiện xe đổ bùn trái phép có thể báo qua số điện thoại 024.3385.3017 hoặc Đội Quản lý trật tự xây dựng đô thị số 2.

Nguồn: Phòng Tài nguyên và Môi trường huyện Thường Tín

Tin khác
- Thường Tín phát động Tết trồng cây đời đời nhớ ơn Bác Hồ năm 2024
- Hội nghị giao ban công tác quý I/2024
"""

JA = per("Từ tháng 1 đến hết tháng 4/2024", "2024-01-01", "2024-04-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
DL = per("trước ngày 30/6/2024", None, "2024-06-30")

FIGS = [
    fig("phát hiện 6 vụ", "6", 6, "count", "vụ", subject="vụ xe hút bể phốt đổ trộm bùn thải", period=JA),
    fig("bắt giữ 7 xe", "7", 7, "count", "xe hút", subject="xe hút bị bắt giữ", period=JA),
    fig("khoảng 40 m3", "40", 40, "measure", "m3", approx="about", subject="bùn các xe hút chở", period=JA),
    fig("hành chính 218 triệu", "218", 218e6, "money", "đồng", subject="xử phạt hành chính", period=JA),
    fig("hơn ba chục xe", "ba chục", 30, "count", "xe hút bể phốt", approx="over",
        subject="xe hút bể phốt hoạt động trên địa bàn huyện"),
    fig("thuộc 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở kinh doanh dịch vụ hút bể phốt"),
    fig("chỉ có 4 cơ sở", "4", 4, "count", "cơ sở", total=11,
        subject="cơ sở ký hợp đồng chuyển giao bùn cho đơn vị có chức năng xử lý"),
    fig("khoảng 58.000 hộ", "58.000", 58000, "count", "hộ gia đình", approx="about",
        subject="hộ gia đình sử dụng bể tự hoại"),
    fig("chỉ 10-15%", "10", 10, "percent", "%", value_max=15, subject="số hộ thuê hút bể phốt mỗi năm"),
    fig("công suất 30 m3/ngày", "30", 30, "measure", "m3/ngày", subject="công suất trạm xử lý bùn"),
    fig("nhận 180.000 đồng/m3", "180.000", 180000, "money", "đồng/m3", subject="giá tiếp nhận bùn"),
    fig("tiếp nhận 5.240 m3", "5.240", 5240, "measure", "m3", change=chg("increase", 4.8, "%", "kế hoạch"),
        subject="bùn trạm tiếp nhận", period=Y23),
    fig("yêu cầu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở hút bể phốt đăng ký với UBND xã và lắp thiết bị định vị trên xe", period=DL),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ bùn bể phốt được thu gom, xử lý đúng quy định", period=Y24),
]

NOTES = [
    "District portal (huyện Thường Tín, Hà Nội): banner, breadcrumb, '21/05/2024 - 10:30', 'Nguồn:', 'Tin khác'.",
    "Distractors: Quốc lộ 1A, 10:30, Công ty TNHH Môi trường Xanh 68, Kế hoạch số 127/KH-UBND, ngày 30/6/2024 (deadline),",
    "phone 024.3385.3017, 'Đội ... số 2', 'quý I/2024' and 'năm 2024' in link titles.",
    "'Từ tháng 1 đến hết tháng 4/2024' → 2024-01-01..2024-04-30 for the four enforcement figures.",
    "'hơn ba chục xe' = over 30 (number word). '; trong đó chỉ có 4 cơ sở' follows '11 cơ sở' → total 11.",
    "'vượt 4,8% so với kế hoạch' → a change against the plan (FIGURES.md: a gap to a plan is a change with that baseline).",
    "'yêu cầu 100% cơ sở ... trước ngày 30/6/2024' → a mandated target, period as-of the deadline (end 2024-06-30).",
    "All figures describe the district: location Thường Tín (Duyên Thái is a commune of it).",
]

if __name__ == "__main__":
    write("p1444-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Thường Tín")
