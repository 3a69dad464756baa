"""p1316-4: Party provincial newspaper (Báo Bắc Giang, tag '(BGĐT) -'): quý I/2025 after Nghị định 168."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bắc Giang điện tử > Pháp luật

Xử phạt tăng mạnh, vi phạm nồng độ cồn giảm sâu

Thứ Ba, 08/04/2025 - 07:45

(BGĐT) - Sau hơn ba tháng thực hiện Nghị định số 168/2024/NĐ-CP, số trường hợp vi phạm nồng độ cồn trên địa bàn tỉnh Bắc Giang giảm gần 40% so với cùng kỳ, trong khi tổng số tiền phạt tăng gấp 2,5 lần.

Theo Phòng Cảnh sát giao thông Công an tỉnh, quý I/2025, lực lượng chức năng đã phát hiện, xử lý 2.815 trường hợp vi phạm nồng độ cồn, giảm 1.862 trường hợp (giảm 39,8%) so với quý I/2024. Trong số này có 312 trường hợp điều khiển ô tô và 2.503 trường hợp điều khiển mô tô, xe gắn máy. Tổng số tiền phạt ước đạt 26,9 tỷ đồng, tăng 2,5 lần so với cùng kỳ.

Trong quý I, tỷ lệ người điều khiển phương tiện có nồng độ cồn trên tổng số lượt kiểm tra chỉ còn 2,1%, thấp hơn 1,6 điểm phần trăm so với năm 2024. Hiện có hơn ba chục tổ công tác kiểm tra nồng độ cồn thường trực trên các tuyến Quốc lộ 1, Quốc lộ 17, Quốc lộ 31 và Quốc lộ 37.

Tại huyện Lục Nam, từ đầu năm đến nay, Đội CSGT - Trật tự Công an huyện đã xử lý 274 trường hợp, đứng thứ ba toàn tỉnh; riêng tháng 3 có 71 trường hợp.

Trung tá Nguyễn Văn Thắng, Trưởng Phòng CSGT Công an tỉnh cho biết: “Từ nay đến hết năm 2025, đơn vị dự kiến duy trì ít nhất 12 tổ công tác chuyên đề hoạt động vào ban đêm, tập trung vào khung giờ sau 22 giờ”.

MINH HƯƠNG
"""

Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
Q1s = per("Trong quý I", "2025-01-01", "2025-03-31")
YTD = per("từ đầu năm đến nay", "2025-01-01", "2025-04-08")
M3 = per("tháng 3", "2025-03-01", "2025-03-31")
REST = per("Từ nay đến hết năm 2025", "2025-04-08", "2025-12-31")
LN = "Lục Nam"

FIGS = [
    fig("giảm gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="số trường hợp vi phạm nồng độ cồn"),
    fig("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", subject="tổng số tiền phạt"),
    fig("xử lý 2.815 trường hợp", "2.815", 2815, "count", "trường hợp",
        change=chg("decrease", 1862, "trường hợp", "quý I/2024"),
        subject="trường hợp vi phạm nồng độ cồn được phát hiện, xử lý", period=Q1),
    fig("(giảm 39,8%)", "39,8", 39.8, "percent", "%", subject="trường hợp vi phạm nồng độ cồn",
        period=Q1, optional=True),
    fig("có 312 trường hợp", "312", 312, "count", "trường hợp", total=2815,
        subject="trường hợp điều khiển ô tô", period=inh(Q1)),
    fig("và 2.503 trường hợp", "2.503", 2503, "count", "trường hợp", total=2815,
        subject="trường hợp điều khiển mô tô, xe gắn máy", period=inh(Q1)),
    fig("ước đạt 26,9 tỷ", "26,9", 26.9e9, "money", "đồng", status="estimate",
        change=chg("increase", 2.5, "lần", "cùng kỳ"), subject="tổng số tiền phạt", period=inh(Q1)),
    fig("còn 2,1%", "2,1", 2.1, "percent", "%",
        change=chg("decrease", 1.6, "điểm phần trăm", "năm 2024"),
        subject="tỷ lệ người điều khiển phương tiện có nồng độ cồn trên tổng số lượt kiểm tra", period=Q1s),
    fig("hơn ba chục tổ", "ba", 30, "count", "tổ công tác", approx="over",
        subject="tổ công tác kiểm tra nồng độ cồn thường trực"),
    fig("xử lý 274 trường hợp", "274", 274, "count", "trường hợp",
        subject="trường hợp vi phạm Đội CSGT - Trật tự Công an huyện xử lý", period=YTD, location=LN),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", subject="số trường hợp vi phạm được xử lý",
        period=YTD, location=LN),
    fig("có 71 trường hợp", "71", 71, "count", "trường hợp", subject="trường hợp vi phạm được xử lý",
        period=M3, location=LN),
    fig("ít nhất 12 tổ", "12", 12, "count", "tổ công tác", approx="at_least", status="forecast",
        subject="tổ công tác chuyên đề hoạt động vào ban đêm", period=REST),
]

NOTES = [
    "Party provincial newspaper (Báo Bắc Giang): 'Thứ Ba, 08/04/2025 - 07:45', sapo with tag '(BGĐT) -', byline MINH HƯƠNG at the end.",
    "Distractors: 'hơn ba tháng' (a duration that only locates the period), Nghị định số 168/2024/NĐ-CP, Quốc lộ 1/17/31/37, 'sau 22 giờ', 07:45, 'Trung tá'.",
    "Sapo: 'giảm gần 40%' is a rate as the claim (no change, no dated period); 'tăng gấp 2,5 lần' stands alone → multiple.",
    "2.815 carries change −1.862 trường hợp; the bracketed '(giảm 39,8%)' is a second change → optional percent figure (FIGURES.md).",
    "'Trong số này' parts take total 2.815. 'thấp hơn 1,6 điểm phần trăm so với năm 2024' is the change of the 2,1% share.",
    "'hơn ba chục' = over 30. Year-less 'quý I', 'tháng 3' take 2025; 'từ đầu năm đến nay' ends at the dateline.",
    "'Từ nay đến hết năm 2025' starts at the dateline (2025-04-08). 'riêng tháng 3' is no part-of cue: no total.",
]

if __name__ == "__main__":
    write("p1316-4", TEXT, NOTES, FIGS, published="2025-04-08", location="Bắc Giang")
