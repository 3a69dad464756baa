"""p1334-7: department site (Sở GD&ĐT Bắc Giang), no dateline, one-cell-per-line table on school libraries."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Thư viện ảnh

Phát triển thư viện trường học, nâng tỷ lệ học sinh mượn sách giáo khoa

Thực hiện Kế hoạch số 86/KH-SGDĐT, các trường trên địa bàn tỉnh tiếp tục bổ sung sách giáo khoa, sách tham khảo cho thư viện. Năm 2024, toàn ngành đã mua mới 58.700 bản sách, vượt 17% kế hoạch, với kinh phí khoảng 2,9 tỷ đồng, trong đó nguồn xã hội hóa chiếm 35%. Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu
Đơn vị tính
Năm 2023
Năm 2024
Kế hoạch 2025
Trường có thư viện đạt chuẩn
trường
318
342
365
Sách giáo khoa trong thư viện
bản
865.400
921.700
980.000
Trong đó: sách giáo khoa dùng chung
bản
214.600
248.300
270.000
Tỷ lệ học sinh mượn sách giáo khoa
%
18,5
21,2
25,0

Huyện Lục Ngạn và huyện Sơn Động là hai địa phương có tỷ lệ học sinh mượn sách cao nhất, lần lượt 34,6% và 31,9%. Toàn tỉnh hiện có 632 trường phổ thông; phấn đấu đến năm 2025 có 60% trường đạt thư viện chuẩn.

Tin cùng chuyên mục:
- Hội nghị tập huấn công tác thư viện trường học năm 2024
- Kết quả Cuộc thi Đại sứ văn hóa đọc

Trang chủ | Sơ đồ cổng | Liên hệ
SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG
Địa chỉ: Số 50 đường Hoàng Văn Thụ, phường Ngô Quyền, TP Bắc Giang
Điện thoại: 0204.3854.216 | Email: sgddt@bacgiang.gov.vn
Lượt truy cập: 1.904.326 | Đang trực tuyến: 58
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [(per("Năm 2023", "2023-01-01", "2023-12-31"), None, "năm 2023"),
        (per("Năm 2024", "2024-01-01", "2024-12-31"), None, "năm 2024"),
        (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target", "kế hoạch 2025")]
ROWS = [("Trường có thư viện đạt chuẩn", "trường", "count", "trường", ["318", "342", "365"]),
        ("Sách giáo khoa trong thư viện", "bản", "count", "bản", ["865.400", "921.700", "980.000"]),
        ("Trong đó: sách giáo khoa dùng chung", "bản", "count", "bản", ["214.600", "248.300", "270.000"]),
        ("Tỷ lệ học sinh mượn sách giáo khoa", "%", "percent", "%", ["18,5", "21,2", "25,0"])]
WHOLE = dict(zip(["Năm 2023", "Năm 2024", "Kế hoạch 2025"], [865400, 921700, 980000]))


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, ucell, kind, unit, nums in ROWS:
    prev = ucell
    name = label.replace("Trong đó: ", "")
    for (p, st, colname), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = WHOLE[p["text"]]
        CELLS.append(fig(f"{label}\n{ucell}\n{nums[0]}" if prev == ucell else f"\n{prev}\n{n}\n", n, num(n),
                         kind, unit, subject=f"{name} {colname}", period=p, **kw))
        prev = n

FIGS = [
    fig("mua mới 58.700 bản", "58.700", 58700, "count", "bản",
        change=chg("increase", 17, "%", "kế hoạch"),
        subject="sách toàn ngành đã mua mới", period=Y24),
    fig("khoảng 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", approx="about",
        subject="kinh phí mua mới sách", period=Y24),
    fig("chiếm 35%", "35", 35, "percent", "%", subject="nguồn xã hội hóa trong kinh phí mua sách", period=Y24),
] + CELLS + [
    fig("là hai địa phương", "hai", 2, "count", "địa phương", optional=True),
    fig("lần lượt 34,6%", "34,6", 34.6, "percent", "%", subject="tỷ lệ học sinh mượn sách", location="Lục Ngạn"),
    fig("và 31,9%", "31,9", 31.9, "percent", "%", subject="tỷ lệ học sinh mượn sách", location="Sơn Động"),
    fig("có 632 trường", "632", 632, "count", "trường", subject="trường phổ thông"),
    fig("có 60% trường", "60", 60, "percent", "%", status="target", subject="trường đạt thư viện chuẩn",
        period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Department site (Sở GD&ĐT Bắc Giang), no dateline: menu, 'Tin cùng chuyên mục', footer address, phone, email, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Kế hoạch số 86/KH-SGDĐT', 'Số 50 đường Hoàng Văn Thụ', phone 0204.3854.216, 'Lượt truy cập: 1.904.326',",
    "'Đang trực tuyến: 58', 'năm 2024' in a related link.",
    "One-cell-per-line table with a unit column ('Đơn vị tính': trường / bản / %): each numeric cell is a figure; subject = row label",
    "+ column label; period from the column header; 'Kế hoạch 2025' → target. The 'Trong đó: sách giáo khoa dùng chung' sub-row",
    "follows its whole row, so its cells take the whole's cell of the same column as total (FIGURES.md parts-of-a-whole: 'trong đó' after the whole).",
    "'vượt 17% kế hoạch' → change increase 17% baseline 'kế hoạch'. 'trong đó nguồn xã hội hóa chiếm 35%' is a percent of its own.",
    "'lần lượt 34,6% và 31,9%' → list of percents, location Lục Ngạn and Sơn Động; 'hai địa phương' (names the listed group) optional.",
    "No published date: none in the text. Location Bắc Giang from the department's name.",
]

if __name__ == "__main__":
    write("p1334-7", TEXT, NOTES, FIGS, location="Bắc Giang")
