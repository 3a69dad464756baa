"""p1343-2: district portal (huyện Thạch Thất, Hà Nội): wheelchairs handed over, district disability figures."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT
Thành phố Hà Nội

Trang chủ / Tin tức / Văn hóa - Xã hội

Trao 120 xe lăn, xe lắc tặng người khuyết tật có hoàn cảnh khó khăn

16/04/2024 - 09:30

Sáng 15/4, tại Trung tâm Văn hóa huyện (thị trấn Liên Quan), Hội Bảo trợ người khuyết tật và trẻ mồ côi huyện Thạch Thất phối hợp với Công ty TNHH Thiết bị y tế An Khang trao 120 chiếc xe lăn, xe lắc, gồm 100 xe lăn tay và hai chục xe lắc tay, cùng 85 suất quà cho người khuyết tật có hoàn cảnh khó khăn của 23 xã, thị trấn. Mỗi chiếc xe lăn có giá từ 1,6 đến 1,8 triệu đồng, mỗi suất quà trị giá 500.000 đồng; tổng trị giá chương trình gần 250 triệu đồng.

Em Đỗ Minh Khang, 12 tuổi, ở thôn 7, xã Hương Ngải, xúc động khi lần đầu có chiếc xe lăn riêng để tự đến trường.

Hiện toàn huyện có 4.126 người khuyết tật, trong đó hơn 1.100 người khuyết tật đặc biệt nặng; 3.458 người đang hưởng trợ cấp xã hội hằng tháng với kinh phí khoảng 2,9 tỷ đồng/tháng. Năm 2023, huyện đã hỗ trợ học nghề cho 45 người khuyết tật và giới thiệu việc làm cho 76 người, tăng 11 người so với năm 2022.

Năm 2024, huyện phấn đấu hỗ trợ học nghề cho từ 50 đến 60 người khuyết tật, bảo đảm 100% người khuyết tật đủ điều kiện được hưởng trợ cấp kịp thời.

Tin khác:
- Hội nghị tổng kết công tác bảo trợ xã hội năm 2023
- Thạch Thất ra quân Tháng hành động vì trẻ em

Địa chỉ: Tổ dân phố 3, thị trấn Liên Quan, huyện Thạch Thất, TP Hà Nội
Điện thoại: 024.33842.315
"""

DAY = per("Sáng 15/4", "2024-04-15", "2024-04-15")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Trao 120 xe lăn", "120", 120, "count", "xe lăn",
        subject="xe lăn, xe lắc tặng người khuyết tật có hoàn cảnh khó khăn"),
    fig("trao 120 chiếc", "120", 120, "count", "chiếc",
        subject="xe lăn, xe lắc trao cho người khuyết tật có hoàn cảnh khó khăn", period=DAY),
    fig("gồm 100 xe lăn", "100", 100, "count", "xe lăn", total=120, subject="xe lăn tay", period=DAY),
    fig("hai chục xe lắc", "hai chục", 20, "count", "xe lắc", total=120, subject="xe lắc tay", period=DAY),
    fig("cùng 85 suất", "85", 85, "count", "suất quà",
        subject="suất quà cho người khuyết tật có hoàn cảnh khó khăn", period=DAY),
    fig("của 23 xã", "23", 23, "count", "xã, thị trấn",
        subject="xã, thị trấn có người khuyết tật được nhận xe lăn, quà", period=DAY),
    fig("từ 1,6 đến", "1,6", 1.6e6, "money", "đồng/chiếc", value_max=1.8e6, subject="giá mỗi chiếc xe lăn"),
    fig("trị giá 500.000", "500.000", 500000, "money", "đồng/suất", subject="trị giá mỗi suất quà"),
    fig("gần 250 triệu", "250", 250e6, "money", "đồng", approx="nearly", subject="tổng trị giá chương trình"),
    fig("12 tuổi", "12", 12, "measure", "tuổi", subject="tuổi của em Đỗ Minh Khang", optional=True),
    fig("có 4.126 người", "4.126", 4126, "count", "người", subject="người khuyết tật"),
    fig("hơn 1.100 người", "1.100", 1100, "count", "người", approx="over", total=4126,
        subject="người khuyết tật đặc biệt nặng"),
    fig("3.458 người", "3.458", 3458, "count", "người",
        subject="người đang hưởng trợ cấp xã hội hằng tháng"),
    fig("khoảng 2,9 tỷ", "2,9", 2.9e9, "money", "đồng/tháng", approx="about",
        subject="kinh phí trợ cấp xã hội hằng tháng"),
    fig("cho 45 người", "45", 45, "count", "người",
        subject="người khuyết tật được hỗ trợ học nghề", period=Y23),
    fig("cho 76 người", "76", 76, "count", "người", change=chg("increase", 11, "người", "năm 2022"),
        subject="người khuyết tật được giới thiệu việc làm", period=Y23),
    fig("từ 50 đến 60", "50", 50, "count", "người", value_max=60, status="target",
        subject="người khuyết tật được hỗ trợ học nghề", period=Y24),
    fig("bảo đảm 100%", "100", 100, "percent", "%", status="target",
        subject="người khuyết tật đủ điều kiện được hưởng trợ cấp kịp thời", period=Y24),
]

NOTES = [
    "District portal (huyện Thạch Thất, Hà Nội): banner, breadcrumb, '16/04/2024 - 09:30' under the headline, 'Tin khác', address footer.",
    "Distractors: 09:30, 'Sáng 15/4' (event date), 'thôn 7', 'Tổ dân phố 3', phone 024.33842.315, 'năm 2023' in a link title.",
    "Headline 120 is its own figure without period. Event figures take the one-day period 'Sáng 15/4' (year from the dateline), as 'Ngày 10/10/2022' in the shared gold.",
    "'gồm 100 xe lăn tay và hai chục xe lắc tay' are parts of the 120 (total); 'hai chục' = 20.",
    "'12 tuổi' (a child's age) is optional, as ages in the shared gold.",
    "Location: the district (Thạch Thất) for all figures, including the event's. 3.458 after ';' has no cue: no total.",
    "'Năm 2024, huyện phấn đấu ...' governs both clauses (target), range 50-60.",
]

if __name__ == "__main__":
    write("p1343-2", TEXT, NOTES, FIGS, published="2024-04-16", location="Thạch Thất")
