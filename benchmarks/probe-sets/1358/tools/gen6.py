"""p1358-6: department site (Công an tỉnh Quảng Ninh), no dateline: anti-gambling outreach among pupils, one-cell-per-line table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CÔNG AN TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Tuyên truyền | Hỏi đáp | Liên hệ

Đẩy mạnh tuyên truyền phòng, chống cờ bạc, cá độ bóng đá trong học sinh

Năm 2024, Công an tỉnh Quảng Ninh xác định tuyên truyền là giải pháp then chốt trong phòng ngừa tội phạm cờ bạc, nhất là cá độ bóng đá qua mạng trong thanh, thiếu niên. Qua khảo sát tại 12 trường trung học phổ thông, khoảng 7% học sinh được hỏi cho biết từng tham gia cá độ, trong đó gần 45% từng vay tiền để chơi.

Kết quả tuyên truyền phòng, chống cờ bạc năm 2024
Đơn vị tính: buổi
Địa bàn
Năm 2023
Kế hoạch 2024
Ước thực hiện 2024
TP Hạ Long
142
150
168
TP Cẩm Phả
96
100
104
TP Móng Cái
58
60
61
Các địa phương khác
215
230
247
Tổng số
511
540
580

Cả năm 2024, toàn tỉnh ước tổ chức 580 buổi tuyên truyền với khoảng 46.000 lượt người nghe, vượt 7,4% kế hoạch. Công an tỉnh phối hợp với Sở Giáo dục và Đào tạo phát hành 25.000 tờ rơi, dựng 3 video clip tuyên truyền đạt hơn 1,2 triệu lượt xem trên mạng xã hội.

Mục tiêu đến năm 2025, 100% trường học trên địa bàn tỉnh tổ chức tuyên truyền về tác hại của cờ bạc ít nhất 2 lần/năm học.

Bài viết liên quan:
- Công an tỉnh ra quân tấn công trấn áp tội phạm đợt 2
- Cảnh báo thủ đoạn lừa đảo qua mạng dịp cuối năm

CÔNG AN TỈNH QUẢNG NINH
Địa chỉ: Số 2 đường Lê Thánh Tông, phường Hồng Gai, TP Hạ Long
Đường dây nóng: 069.2850.113
Lượt truy cập: 1.482.306 | Trực tuyến: 52
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y24 = per("Cả năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2023", Y23, None), ("kế hoạch 2024", K24, "target"), ("ước thực hiện 2024", E24, "estimate")]
ROWS = [("TP Hạ Long", "Hạ Long", ["142", "150", "168"]), ("TP Cẩm Phả", "Cẩm Phả", ["96", "100", "104"]),
        ("TP Móng Cái", "Móng Cái", ["58", "60", "61"]), ("Các địa phương khác", None, ["215", "230", "247"]),
        ("Tổng số", None, ["511", "540", "580"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            subj = "buổi tuyên truyền phòng, chống cờ bạc " + (col if place else f"{label.lower()} {col}")
            kw = {}
            if st:
                kw["status"] = st
            if place:
                kw["location"] = place
            out.append(fig(f"{prev}\n{n}\n", n, float(n), "count", "buổi", subject=subj, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("tại 12 trường", "12", 12, "count", "trường trung học phổ thông",
        subject="trường trung học phổ thông được khảo sát"),
    fig("khoảng 7%", "7", 7, "percent", "%", approx="about",
        subject="học sinh được hỏi từng tham gia cá độ"),
    fig("gần 45%", "45", 45, "percent", "%", approx="nearly",
        subject="học sinh từng tham gia cá độ đã vay tiền để chơi"),
] + cells() + [
    fig("ước tổ chức 580", "580", 580, "count", "buổi", status="estimate",
        change=chg("increase", 7.4, "%", "kế hoạch"), subject="buổi tuyên truyền", period=Y24),
    fig("khoảng 46.000", "46.000", 46000, "count", "lượt người nghe", approx="about", status="estimate",
        subject="lượt người nghe tuyên truyền", period=Y24),
    fig("hành 25.000 tờ", "25.000", 25000, "count", "tờ rơi", subject="tờ rơi phát hành"),
    fig("dựng 3 video", "3", 3, "count", "video clip", subject="video clip tuyên truyền"),
    fig("hơn 1,2 triệu", "1,2", 1.2e6, "count", "lượt xem", approx="over",
        subject="lượt xem video clip tuyên truyền trên mạng xã hội"),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="trường học tổ chức tuyên truyền về tác hại của cờ bạc", period=T25),
    fig("ít nhất 2 lần", "2", 2, "measure", "lần/năm học", approx="at_least", status="target",
        subject="số lần tuyên truyền về tác hại của cờ bạc mỗi năm học", period=T25),
]

NOTES = [
    "Department site (Công an tỉnh Quảng Ninh), no dateline: menu, related links ('đợt 2'), footer with address, hotline, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Số 2 đường Lê Thánh Tông', 069.2850.113, 'Lượt truy cập: 1.482.306', 'Trực tuyến: 52', 'đợt 2'. Not a distractor: '1,2 triệu lượt xem' of the videos (content).",
    "One-cell-per-line table, 'Đơn vị tính: buổi'; place rows (TP Hạ Long, Cẩm Phả, Móng Cái) → location, subject = indicator + column; 'Các địa phương khác' and 'Tổng số' → Quảng Ninh with the row label in the subject.",
    "'Kế hoạch 2024' column → target, 'Ước thực hiện 2024' → estimate; periods from the headers; table cells get no total.",
    "Survey: '12 trường', 'khoảng 7%', 'trong đó gần 45%' (a percent after a percent is its own figure). 'Năm 2024' (first sentence) is not given to the survey (no time in its sentence).",
    "'ước tổ chức 580 buổi …, vượt 7,4% kế hoạch' → estimate, change +7,4% against kế hoạch; the 46.000 continues the 'ước' clause.",
    "'Mục tiêu đến năm 2025, 100% … ít nhất 2 lần/năm học' → both target; 2 lần/năm học is a frequency (measure).",
]

if __name__ == "__main__":
    write("p1358-6", TEXT, NOTES, FIGS, published=None, location="Quảng Ninh")
