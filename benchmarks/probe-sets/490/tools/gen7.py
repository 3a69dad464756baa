from lib import *

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
Văn phòng Điều phối nông thôn mới tỉnh

Kết quả thực hiện một số tiêu chí xã nông thôn mới nâng cao

Năm 2023, tỉnh Thái Bình có thêm 38 xã đạt chuẩn NTM nâng cao, nâng tổng số lên 142/207 xã, chiếm 68,6%; 27 xã đạt chuẩn NTM kiểu mẫu. Kết quả thực hiện một số tiêu chí cụ thể như sau:

Bảng: Số xã đạt một số tiêu chí NTM nâng cao
Đơn vị tính: xã

Tiêu chí

Năm 2022

Năm 2023

Kế hoạch 2024

Tiêu chí số 2 - Giao thông

98

131

165

Tiêu chí số 5 - Trường học

112

140

170

Tiêu chí số 10 - Thu nhập

87

126

160

Tiêu chí số 17 - Môi trường

76

118

155

Thu nhập bình quân đầu người tại các xã đạt chuẩn NTM nâng cao năm 2023 đạt 62,5 triệu đồng/người/năm, cao hơn 9,3 triệu đồng so với mức chung khu vực nông thôn toàn tỉnh. Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 98,2%; 100% xã có điểm thu gom bao gói thuốc bảo vệ thực vật sau sử dụng.

Năm 2024, tỉnh phấn đấu có thêm 30 xã đạt chuẩn NTM nâng cao và 10 xã đạt chuẩn NTM kiểu mẫu, với tổng kinh phí hỗ trợ từ ngân sách tỉnh khoảng 450 tỷ đồng, mức hỗ trợ tối đa 1,5 tỷ đồng/xã.

Địa chỉ: Số 9 đường Lê Lợi, TP Thái Bình | ĐT: 0227.3831.668
Tổng số lượt truy cập: 1.782.405
"""

Y23 = Y("Năm 2023", 2023)
Y24 = Y("Năm 2024", 2024)

ROWS = [("Tiêu chí số 2 - Giao thông", "Giao thông", ["98", "131", "165"]),
        ("Tiêu chí số 5 - Trường học", "Trường học", ["112", "140", "170"]),
        ("Tiêu chí số 10 - Thu nhập", "Thu nhập", ["87", "126", "160"]),
        ("Tiêu chí số 17 - Môi trường", "Môi trường", ["76", "118", "155"])]
COLS = [("năm 2022", Y("Năm 2022", 2022), "actual"), ("năm 2023", Y("Năm 2023", 2023), "actual"),
        ("kế hoạch 2024", Y("Kế hoạch 2024", 2024), "target")]

TABLE = []
for label, short, cells in ROWS:
    for i, c in enumerate(cells):
        left = short if i == 0 else cells[i - 1]
        col, per, st = COLS[i]
        kw = {"status": st} if st != "actual" else {}
        TABLE.append(F(f"{left}\n\n{c}", c, int(c), "count", "xã", f"xã đạt {label} {col}", per, **kw))

FIGS = [
    F("thêm 38 xã", "38", 38, "count", "xã", "xã đạt chuẩn NTM nâng cao", Y23),
    F("lên 142/207 xã", "142", 142, "count", "xã", "xã đạt chuẩn NTM nâng cao", Y23, total=207, percent=68.6),
    F("; 27 xã", "27", 27, "count", "xã", "xã đạt chuẩn NTM kiểu mẫu", Y23),
    *TABLE,
    F("đạt 62,5 triệu", "62,5", 62.5e6, "money", "đồng/người/năm",
      "Thu nhập bình quân đầu người tại các xã đạt chuẩn NTM nâng cao", Y("năm 2023", 2023),
      change=CH("increase", 9.3e6, "đồng", "mức chung khu vực nông thôn toàn tỉnh")),
    F("đạt 98,2%", "98,2", 98.2, "percent", "%", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", I(Y23)),
    F("; 100% xã", "100", 100, "percent", "%", "xã có điểm thu gom bao gói thuốc bảo vệ thực vật sau sử dụng", I(Y23)),
    F("thêm 30 xã", "30", 30, "count", "xã", "xã đạt chuẩn NTM nâng cao", Y24, status="target"),
    F("và 10 xã", "10", 10, "count", "xã", "xã đạt chuẩn NTM kiểu mẫu", Y24, status="target"),
    F("khoảng 450 tỷ", "450", 450e9, "money", "đồng", "tổng kinh phí hỗ trợ từ ngân sách tỉnh", Y24,
      approx="about", status="target"),
    F("tối đa 1,5 tỷ", "1,5", 1.5e9, "money", "đồng/xã", "mức hỗ trợ", Y24, approx="at_most", status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Thái Bình (department site), no dateline: xã NTM nâng cao 2023, criteria table, income, environment, 2024 plan.",
    "Table one cell per line with 'Đơn vị tính: xã': rows are criteria, columns Năm 2022 | Năm 2023 | Kế hoạch 2024; every cell a figure,",
    "subject = row label + column, period from the column header (scored as in h23), 'Kế hoạch 2024' → target.",
    "'Tiêu chí số 2/5/10/17' are criterion numbers (names), not figures; address, phone and 'Tổng số lượt truy cập' are distractors.",
    "'cao hơn 9,3 triệu đồng so với mức chung …' is the change of the 62,5 triệu income. '142/207 xã, chiếm 68,6%' total and share.",
    "'phấn đấu … với tổng kinh phí … khoảng 450 tỷ, mức hỗ trợ tối đa 1,5 tỷ đồng/xã': one continued clause, all target, năm 2024.",
]

if __name__ == "__main__":
    emit("p490-7", TEXT, COMMENTS, FIGS, published=None, location="Thái Bình")
