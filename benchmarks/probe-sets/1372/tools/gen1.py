"""p1372-1: province portal (Nam Định): THPT students riding e-bikes, violations, accidents, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Nam Định
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Gần 38 nghìn học sinh THPT đi xe điện đến trường

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Giáo dục và Đào tạo, năm học 2024-2025 toàn tỉnh có 57.214 học sinh trung học phổ thông, trong đó 37.860 em đi xe đạp điện, xe máy điện đến trường, chiếm 66,2%, tăng 8,3% so với năm học trước. Tại một số trường như THPT Giao Thủy, THPT Hải Hậu A, tỷ lệ này lên tới trên 80%.

Từ đầu năm đến nay, lực lượng Cảnh sát giao thông Công an tỉnh đã phát hiện, xử lý 1.245 trường hợp học sinh vi phạm khi điều khiển xe điện, phạt tiền hơn 412 triệu đồng; riêng lỗi không đội mũ bảo hiểm chiếm khoảng 58%. 9 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 17 vụ tai nạn giao thông liên quan đến học sinh đi xe điện, làm 5 em tử vong, 21 em bị thương, giảm 3 vụ so với cùng kỳ năm 2023. Các vụ việc chủ yếu xảy ra trên Quốc lộ 21 và Quốc lộ 10.

Ông Trần Văn Khải, Phó Giám đốc Sở cho biết, năm nay ngành phối hợp với Công an tỉnh tổ chức 126 buổi tuyên truyền tại các trường, thu hút hơn 45 nghìn lượt học sinh tham gia; trao tặng 2.500 mũ bảo hiểm cho học sinh lớp 10 có hoàn cảnh khó khăn. Học sinh chỉ được đi xe điện đến trường khi gia đình đã ký cam kết với nhà trường.

Mục tiêu đến năm 2025, 100% học sinh đi xe đạp điện, xe máy điện đội mũ bảo hiểm đạt chuẩn; giảm ít nhất 10% số vụ tai nạn liên quan đến học sinh so với năm 2024.

Tin liên quan:
- Tổng kết năm học 2023-2024 ngành Giáo dục tỉnh
- Ra quân bảo đảm trật tự an toàn giao thông dịp khai giảng
"""

SY = per("năm học 2024-2025", "2024-09-01", "2025-05-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Gần 38 nghìn", "38", 38000, "count", "học sinh", approx="nearly",
        subject="học sinh THPT đi xe điện đến trường"),
    fig("có 57.214 học sinh", "57.214", 57214, "count", "học sinh",
        subject="học sinh trung học phổ thông", period=SY),
    fig("trong đó 37.860 em", "37.860", 37860, "count", "em", total=57214, percent=66.2,
        change=chg("increase", 8.3, "%", "năm học trước"),
        subject="học sinh đi xe đạp điện, xe máy điện đến trường", period=SY),
    fig("lên tới trên 80%", "80", 80, "percent", "%", approx="over",
        subject="tỷ lệ học sinh đi xe đạp điện, xe máy điện đến trường tại một số trường", period=inh(SY)),
    fig("xử lý 1.245 trường hợp", "1.245", 1245, "count", "trường hợp",
        subject="trường hợp học sinh vi phạm khi điều khiển xe điện bị phát hiện, xử lý", period=YTD),
    fig("hơn 412 triệu", "412", 412e6, "money", "đồng", approx="over",
        subject="tiền phạt học sinh vi phạm khi điều khiển xe điện", period=YTD),
    fig("chiếm khoảng 58%", "58", 58, "percent", "%", approx="about",
        subject="tỷ lệ lỗi không đội mũ bảo hiểm", period=YTD),
    fig("ra 17 vụ", "17", 17, "count", "vụ", change=chg("decrease", 3, "vụ", "cùng kỳ năm 2023"),
        subject="vụ tai nạn giao thông liên quan đến học sinh đi xe điện", period=NINE),
    fig("làm 5 em", "5", 5, "count", "em", subject="học sinh tử vong", period=NINE),
    fig("21 em bị thương", "21", 21, "count", "em", subject="học sinh bị thương", period=NINE),
    fig("chức 126 buổi", "126", 126, "count", "buổi", subject="buổi tuyên truyền tại các trường", period=NOW),
    fig("hơn 45 nghìn", "45", 45000, "count", "lượt học sinh", approx="over",
        subject="lượt học sinh tham gia tuyên truyền", period=NOW),
    fig("tặng 2.500 mũ", "2.500", 2500, "count", "mũ bảo hiểm",
        subject="mũ bảo hiểm trao tặng cho học sinh lớp 10 có hoàn cảnh khó khăn", period=NOW),
    fig("2025, 100% học sinh", "100", 100, "percent", "%", status="target",
        subject="học sinh đi xe đạp điện, xe máy điện đội mũ bảo hiểm đạt chuẩn", period=T25),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="giảm số vụ tai nạn liên quan đến học sinh", period=T25),
]

NOTES = [
    "Province portal (Nam Định): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'năm học 2024-2025/2023-2024', 'một số trường', 'THPT Hải Hậu A', 'Quốc lộ 21', 'Quốc lộ 10', 'lớp 10'.",
    "School year 'năm học 2024-2025' = 2024-09-01..2025-05-31 (a school year, not two calendar years; the spec has no row for it).",
    "37.860 em after 'trong đó' takes the 57.214 as total; 'chiếm 66,2%' is its percent, 'tăng 8,3% so với năm học trước' its change.",
    "'giảm 3 vụ so với cùng kỳ năm 2023' attaches to 17 vụ across the clauses about casualties (same unit).",
    "'riêng lỗi ... chiếm khoảng 58%' has no base amount in its clause: a percent figure of its own. 'năm nay' = 2024 (dateline).",
    "'Mục tiêu đến năm 2025' governs both clauses after it (target; start null, end 2025-12-31).",
]

if __name__ == "__main__":
    write("p1372-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nam Định")
