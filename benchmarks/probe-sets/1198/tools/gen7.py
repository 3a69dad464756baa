"""p1198-7: department site (Sở NN&PTNT Thái Bình), no dateline, one-cell-per-line table of dryers by type."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Đẩy mạnh cơ giới hóa khâu sấy, bảo quản lúa vụ mùa

Vụ mùa năm 2024, toàn tỉnh gieo cấy 75.600 ha lúa, trong đó diện tích lúa chất lượng cao 46.800 ha, chiếm 61,9%. Do mưa kéo dài sau cơn bão số 3, nhiều địa phương thiếu sân phơi, nhu cầu sấy lúa tăng mạnh.

Số máy sấy nông sản trên địa bàn tỉnh qua các năm:
Đơn vị tính: máy
Loại máy sấy
Năm 2022
Năm 2023
Năm 2024
Máy sấy tĩnh vỉ ngang
214
236
258
Máy sấy tháp tuần hoàn
37
45
61
Máy sấy di động
12
16
23
Tổng số
263
297
342

Năm 2024, tổng công suất sấy toàn tỉnh đạt khoảng 2.150 tấn/mẻ, tăng 18,5% so với năm 2023; tỷ lệ lúa vụ mùa được sấy bằng máy đạt 32%, trong khi vụ xuân chỉ đạt 21%. Hợp tác xã dịch vụ nông nghiệp Quỳnh Hoa (huyện Quỳnh Phụ) đầu tư một máy sấy tháp 15 tấn/mẻ với kinh phí 1,8 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 50%; mỗi vụ máy sấy khoảng 1.200 tấn lúa cho bà con trong xã.

Giai đoạn 2025-2030, tỉnh phấn đấu mỗi huyện có ít nhất 10 máy sấy tháp, nâng tỷ lệ lúa được sấy bằng máy lên 50%.

Tin liên quan:
- Tập huấn vận hành máy sấy lúa đợt 2
- Tổng kết sản xuất vụ mùa 2023

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THÁI BÌNH
Địa chỉ: Số 4 Lý Thường Kiệt, TP Thái Bình | Điện thoại: 0227.3831.621
Lượt truy cập: 2.304.117 | Đang online: 41
"""

YEARS = {c: P(c, f"{c[-4:]}-01-01", f"{c[-4:]}-12-31") for c in ("Năm 2022", "Năm 2023", "Năm 2024")}
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
G2530 = P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
QP = "Quỳnh Phụ"

ROWS = [("Máy sấy tĩnh vỉ ngang", "ngang", ["214", "236", "258"]),
        ("Máy sấy tháp tuần hoàn", "hoàn", ["37", "45", "61"]),
        ("Máy sấy di động", "động", ["12", "16", "23"]),
        ("Tổng số", "Tổng số", ["263", "297", "342"])]
CELLS = []
for row, lead, nums in ROWS:
    prev = lead
    for col, n in zip(["Năm 2022", "Năm 2023", "Năm 2024"], nums):
        subj = f"{row.lower()} {col.lower()}" if row != "Tổng số" else f"máy sấy nông sản tổng số {col.lower()}"
        CELLS.append(F(f"{prev}\n{n}", n, float(n), "count", "máy", subject=subj, period=YEARS[col]))
        prev = n

FIGS = [
    F("gieo cấy 75.600 ha", "75.600", 75600, "measure", "ha", subject="diện tích lúa vụ mùa gieo cấy"),
    F("46.800 ha", "46.800", 46800, "measure", "ha", total=75600, percent=61.9,
      subject="diện tích lúa chất lượng cao"),
] + CELLS + [
    F("khoảng 2.150 tấn/mẻ", "2.150", 2150, "measure", "tấn/mẻ", approx="about",
      change=C("increase", 18.5, "%", "năm 2023"), subject="tổng công suất sấy toàn tỉnh", period=Y24),
    F("đạt 32%", "32", 32, "percent", "%", subject="tỷ lệ lúa vụ mùa được sấy bằng máy", period=Y24),
    F("đạt 21%", "21", 21, "percent", "%", subject="tỷ lệ lúa vụ xuân được sấy bằng máy", period=Y24),
    F("một máy sấy tháp", "một", 1, "count", "máy sấy tháp",
      subject="máy sấy tháp Hợp tác xã dịch vụ nông nghiệp Quỳnh Hoa đầu tư", location=QP),
    F("tháp 15 tấn/mẻ", "15", 15, "measure", "tấn/mẻ", subject="công suất máy sấy tháp", location=QP),
    F("1,8 tỷ", "1,8", 1800000000, "money", "đồng", subject="kinh phí đầu tư máy sấy tháp", location=QP),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="tỷ lệ kinh phí ngân sách tỉnh hỗ trợ", location=QP),
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn/vụ", approx="about",
      subject="lúa máy sấy mỗi vụ", location=QP),
    F("ít nhất 10 máy", "10", 10, "measure", "máy sấy tháp/huyện", approx="at_least", status="target",
      subject="máy sấy tháp mỗi huyện", period=G2530),
    F("lên 50%", "50", 50, "percent", "%", status="target", subject="tỷ lệ lúa được sấy bằng máy", period=G2530),
]

NOTES = [
    "Department site (Sở NN&PTNT Thái Bình): menu, no dateline, related links, footer address/phone, 'Lượt truy cập' and 'Đang online' counters.",
    "Distractors: 'cơn bão số 3' (a storm's name), 'đợt 2', 'vụ mùa 2023' in a link, 'Số 4 Lý Thường Kiệt', phone, counters 2.304.117 / 41.",
    "One-cell-per-line table, 'Đơn vị tính: máy'; rows are dryer types (subject = row label + column label), period from the column",
    "header; 'Tổng số' row is its own figures; cells carry no totals.",
    "'Vụ mùa năm 2024' is a crop season: no period set (not scored). 46.800 ha follows 'trong đó' -> total 75.600, share 61,9.",
    "'vụ xuân chỉ đạt 21%' is in the same sentence as 'Năm 2024': period 2024. 'trong đó ngân sách tỉnh hỗ trợ 50%' is a percent of its own.",
    "Cooperative passage: location Quỳnh Phụ, no period (the investment is not dated). 'mỗi vụ … khoảng 1.200 tấn' -> unit tấn/vụ.",
    "'mỗi huyện có ít nhất 10 máy sấy tháp' -> measure, unit máy sấy tháp/huyện, target, 'Giai đoạn 2025-2030'.",
]

if __name__ == "__main__":
    write("p1198-7", TEXT, NOTES, FIGS, published=None, location="Thái Bình")
