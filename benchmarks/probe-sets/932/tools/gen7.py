"""p932-7: Sở VHTTDL Sóc Trăng site (no dateline), 2024 results, one-cell-per-line table."""
from lib import F, period, inherit, change, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH SÓC TRĂNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả kiểm tra hoạt động kinh doanh bi-a, internet, karaoke năm 2024

Năm 2024, toàn tỉnh có 486 cơ sở kinh doanh bi-a, 214 điểm internet, trò chơi điện tử công cộng và 131 cơ sở karaoke. Qua kiểm tra 327 cơ sở, các đoàn liên ngành phát hiện 43 cơ sở vi phạm, chiếm 13,1%; xử phạt 39 cơ sở với tổng số tiền 285 triệu đồng, tăng 18,2% so với năm 2023; nhắc nhở 4 cơ sở. Vi phạm chủ yếu là hoạt động quá 22 giờ (26 trường hợp) và cho học sinh vào chơi trong giờ học (11 trường hợp). Mức phạt bình quân khoảng 7,3 triệu đồng/cơ sở.

Số cơ sở được kiểm tra theo loại hình
Đơn vị tính: cơ sở
Loại hình
Năm 2023
Năm 2024
Kế hoạch 2025
Bi-a
148
172
200
Internet, trò chơi điện tử
81
95
110
Karaoke
52
60
70
Tổng số
281
327
380

Năm 2025, Sở đặt mục tiêu 100% cơ sở bi-a, điểm trò chơi điện tử niêm yết công khai giá dịch vụ và giờ hoạt động; phối hợp với Công an tỉnh xử lý nghiêm các cơ sở để xảy ra tụ tập, gây rối sau 23 giờ.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH SÓC TRĂNG
Địa chỉ: số 19 đường Hùng Vương, Phường 6, TP Sóc Trăng, tỉnh Sóc Trăng
Điện thoại: 0299.3821.456 - Fax: 0299.3826.017
Lượt truy cập: 1.284.639
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
P25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 486 cơ sở", "486", 486, "count", "cơ sở", "cơ sở kinh doanh bi-a", Y24),
    F("214 điểm internet", "214", 214, "count", "điểm", "điểm internet, trò chơi điện tử công cộng", Y24),
    F("và 131 cơ sở karaoke", "131", 131, "count", "cơ sở", "cơ sở karaoke", Y24),
    F("Qua kiểm tra 327 cơ sở", "327", 327, "count", "cơ sở", "cơ sở được kiểm tra", inherit(Y24)),
    F("phát hiện 43 cơ sở", "43", 43, "count", "cơ sở", "cơ sở vi phạm", inherit(Y24), percent=13.1),
    F("xử phạt 39 cơ sở", "39", 39, "count", "cơ sở", "cơ sở bị xử phạt", inherit(Y24)),
    F("tổng số tiền 285 triệu đồng", "285", 285e6, "money", "đồng", "tổng số tiền xử phạt", inherit(Y24),
      change=change("increase", 18.2, "%", "năm 2023")),
    F("nhắc nhở 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở bị nhắc nhở", inherit(Y24)),
    F("(26 trường hợp)", "26", 26, "count", "trường hợp", "vi phạm hoạt động quá 22 giờ", inherit(Y24)),
    F("(11 trường hợp)", "11", 11, "count", "trường hợp", "vi phạm cho học sinh vào chơi trong giờ học",
      inherit(Y24)),
    F("khoảng 7,3 triệu đồng/cơ sở", "7,3", 7.3e6, "money", "đồng/cơ sở", "mức phạt bình quân", inherit(Y24),
      approx="about"),
]

ROWS = [
    ("Bi-a", ("148", "172", "200"), "số cơ sở bi-a được kiểm tra"),
    ("Internet, trò chơi điện tử", ("81", "95", "110"), "số cơ sở internet, trò chơi điện tử được kiểm tra"),
    ("Karaoke", ("52", "60", "70"), "số cơ sở karaoke được kiểm tra"),
    ("Tổng số", ("281", "327", "380"), "tổng số cơ sở được kiểm tra"),
]
# revised after the first run: subject = row label + column label (FIGURES.md tables; shared gold h23, h24 keep the
# year/plan column label in the subject); it was row label + table title only.
COLS = ("năm 2023", "năm 2024", "kế hoạch 2025")
for label, nums, subj in ROWS:
    for i, (num, per) in enumerate(zip(nums, (Y23, Y24, P25))):
        anchor = f"{label}\n{num}" if i == 0 else f"\n{nums[i - 1]}\n{num}\n"
        extra = {"status": "target"} if per is P25 else {}
        FIGS.append(F(anchor, num, int(num), "count", "cơ sở", f"{subj} {COLS[i]}", per, **extra))

FIGS.append(F("mục tiêu 100% cơ sở", "100", 100, "percent", "%",
              "cơ sở bi-a, điểm trò chơi điện tử niêm yết công khai giá dịch vụ và giờ hoạt động", Y25,
              status="target"))

NOTES = [
    "Sở VHTTDL Sóc Trăng page with no dateline (published absent): 2024 inspections of billiards, internet, karaoke.",
    "Table pasted one cell per line (Đơn vị tính: cơ sở; columns Năm 2023 / Năm 2024 / Kế hoạch 2025 give the",
    "period, 'Kế hoạch 2025' gives status target). The 'Tổng số' row is its own figures. No totals on cells.",
    "43 cơ sở: share 13,1% (of the 327 inspected; no part-of cue, so no total). '(26 trường hợp)', '(11 trường hợp)'",
    "revised: table subjects now carry the column label (năm 2023 / năm 2024 / kế hoạch 2025), per FIGURES.md tables.",
    "count cases, not cơ sở, so no total. Not figures: 22 giờ, 23 giờ, Phường 6, số 19, phone/fax, Lượt truy cập.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Sóc Trăng")
