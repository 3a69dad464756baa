"""p1010-7: department site (Sở TN&MT Cần Thơ), no dateline, one-cell-per-line table 2022 / 2023 / Kế hoạch 2024."""
from lib import F, write, period, inherit, change, target

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả thu gom chất thải điện tử, pin thải năm 2022 - 2023 và kế hoạch năm 2024

Từ năm 2022 đến nay, Sở đã phối hợp với UBND các quận, huyện tổ chức 14 đợt ra quân thu gom chất thải điện tử và pin thải tại 9/9 quận, huyện. Trong hai năm 2022 - 2023, toàn thành phố thu gom khoảng 16,4 tấn chất thải điện tử và pin thải, chi phí xử lý bình quân 21.000 đồng/kg do ngân sách thành phố chi trả.

Năm 2023, lượng pin thải thu gom đạt 2.215 kg, tăng 60,5% so với năm 2022. Mỗi điểm thu gom được trang bị 2 thùng chứa loại 120 lít, đặt tại trụ sở UBND phường, xã, trường học và chợ. 6 tháng đầu năm 2024, các điểm đã thu gom 1.650 kg pin thải, đạt 55% kế hoạch năm.

Kết quả thu gom qua các năm:
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Số điểm thu gom (điểm)
46
73
100
Pin thải (kg)
1.380
2.215
3.000
Thiết bị điện, điện tử (kg)
4.920
7.860
10.000
Trường học tham gia (trường)
38
65
90

Người dân có nhu cầu chuyển giao pin thải, thiết bị điện tử hỏng có thể liên hệ Chi cục Bảo vệ môi trường hoặc mang đến các điểm thu gom gần nhất.

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ CẦN THƠ
Địa chỉ: số 27 Lê Lợi, phường Cái Khế, quận Ninh Kiều, TP. Cần Thơ
Điện thoại: 0292.3820.145 - Fax: 0292.3820.147
Lượt truy cập: 1.245.873 | Đang trực tuyến: 37
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
K24 = period("Kế hoạch 2024", "2024-01-01", "2024-12-31")


def cells(label, unit, subj, a, b, c):
    """Row of the one-cell-per-line table: anchors are 'previous line\\ncell'."""
    va, vb, vc = (float(x.replace(".", "")) for x in (a, b, c))
    kind = "count" if unit in ("điểm", "trường") else "measure"
    return [
        F(f"{label}\n{a}\n", a, va, kind, unit, subj + " Năm 2022", period=Y22),
        F(f"\n{a}\n{b}\n", b, vb, kind, unit, subj + " Năm 2023", period=Y23),
        F(f"\n{b}\n{c}\n", c, vc, kind, unit, subj + " Kế hoạch 2024", status="target", period=K24),
    ]


FIGS = [
    F("tổ chức 14 đợt", "14", 14, "count", "đợt", "đợt ra quân thu gom chất thải điện tử và pin thải",
      period=period("Từ năm 2022 đến nay", "2022-01-01", None)),
    F("tại 9/9 quận", "9", 9, "count", "quận, huyện", "quận, huyện tổ chức ra quân thu gom", total=9,
      period=period("Từ năm 2022 đến nay", "2022-01-01", None)),
    F("khoảng 16,4 tấn", "16,4", 16.4, "measure", "tấn", "chất thải điện tử và pin thải thu gom", approx="about",
      period=period("Trong hai năm 2022 - 2023", "2022-01-01", "2023-12-31")),
    F("bình quân 21.000 đồng/kg", "21.000", 21000, "money", "đồng/kg", "chi phí xử lý bình quân",
      period=period("Trong hai năm 2022 - 2023", "2022-01-01", "2023-12-31")),
    F("đạt 2.215 kg", "2.215", 2215, "measure", "kg", "pin thải thu gom",
      change=change("increase", 60.5, baseline="năm 2022"), period=Y23),
    F("trang bị 2 thùng", "2", 2, "count", "thùng", "thùng chứa trang bị mỗi điểm thu gom", optional=True),
    F("loại 120 lít", "120", 120, "measure", "lít", "dung tích thùng chứa", optional=True),
    F("thu gom 1.650 kg", "1.650", 1650, "measure", "kg", "pin thải thu gom", percent=55,
      period=period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
]
FIGS += cells("Số điểm thu gom (điểm)", "điểm", "Số điểm thu gom", "46", "73", "100")
FIGS += cells("Pin thải (kg)", "kg", "Pin thải", "1.380", "2.215", "3.000")
FIGS += cells("Thiết bị điện, điện tử (kg)", "kg", "Thiết bị điện, điện tử", "4.920", "7.860", "10.000")
FIGS += cells("Trường học tham gia (trường)", "trường", "Trường học tham gia", "38", "65", "90")

NOTES = [
    "Sở TN&MT Cần Thơ department page: no dateline (published absent), footer address, phone/fax, visit counter.",
    "One-cell-per-line table: header cells Chỉ tiêu / Năm 2022 / Năm 2023 / Kế hoạch 2024, then each row's cells one per line.",
    "Unit from the row label's bracket; period from the column header; the 'Kế hoạch 2024' column → status target.",
    "'Từ năm 2022 đến nay' with no dateline → start 2022-01-01, end null. 'hai năm 2022 - 2023' is a period (hai is not a figure).",
    "revised after the first run: table subjects are row label + column label (FIGURES.md tables), e.g. 'Pin thải Kế hoạch 2024'.",
    "'9/9 quận, huyện' → total 9. '2 thùng chứa loại 120 lít' is an equipment specification: optional.",
    "'1.650 kg …, đạt 55% kế hoạch năm' → percent 55 (the plan's 3.000 kg is not written in the sentence).",
    "Distractors: 'số 27 Lê Lợi, phường Cái Khế, quận Ninh Kiều' (address, does not localise), phone/fax numbers,",
    "'Lượt truy cập: 1.245.873', 'Đang trực tuyến: 37', menu bar.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Cần Thơ")
