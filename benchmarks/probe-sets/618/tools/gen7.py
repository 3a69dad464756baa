"""p618-7: department site (Chi cục Chăn nuôi và Thú y Đồng Nai), no dateline — vaccination results 2023, one-cell-per-line table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG NAI
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả tiêm phòng vắc xin cho gia súc, gia cầm năm 2023

Năm 2023, Chi cục đã phối hợp với 11 huyện, thành phố tổ chức tiêm phòng các bệnh truyền nhiễm nguy hiểm cho đàn vật nuôi trên địa bàn tỉnh Đồng Nai. Kết quả cụ thể như sau:

Bảng 2. Kết quả tiêm phòng năm 2023
Đơn vị tính: nghìn liều
Loại vắc xin
Kế hoạch năm 2023
Thực hiện năm 2023
Tỷ lệ (%)
Lở mồm long móng
420,0
386,5
92,0
Viêm da nổi cục
150,0
118,2
78,8
Dịch tả lợn châu Phi
60,0
71,4
119,0
Cúm gia cầm
3.500,0
3.262,7
93,2
Dại chó, mèo
95,0
88,3
92,9

Qua giám sát sau tiêm phòng, tỷ lệ bảo hộ đối với bệnh LMLM đạt trên 80%, bệnh cúm gia cầm đạt 86,5%. Trong năm, dịch tả lợn châu Phi xảy ra tại 6 hộ, tiêu hủy 213 con heo; không phát sinh ổ dịch LMLM.

Ngoài ra, Chi cục đã cấp phát 12.400 lít hóa chất và tổ chức 2 đợt tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi.

Đến ngày 31/12/2023, tổng đàn heo của tỉnh đạt 2,58 triệu con, đàn gia cầm 25,6 triệu con, đàn bò 87.300 con. Dự kiến kinh phí tiêm phòng năm 2024 là 18,5 tỷ đồng.

Chi cục Chăn nuôi và Thú y tỉnh Đồng Nai
Địa chỉ: số 3 Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa
Điện thoại: 0251.3822.681 - Fax: 0251.3822.682
Tổng lượt truy cập: 1.284.905
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
K = 1000  # nghìn liều

ROWS = [
    ("Lở mồm long móng", ("420,0", 420.0), ("386,5", 386.5), ("92,0", 92.0)),
    ("Viêm da nổi cục", ("150,0", 150.0), ("118,2", 118.2), ("78,8", 78.8)),
    ("Dịch tả lợn châu Phi", ("60,0", 60.0), ("71,4", 71.4), ("119,0", 119.0)),
    ("Cúm gia cầm", ("3.500,0", 3500.0), ("3.262,7", 3262.7), ("93,2", 93.2)),
    ("Dại chó, mèo", ("95,0", 95.0), ("88,3", 88.3), ("92,9", 92.9)),
]

FIGS = [
    F("với 11 huyện", "11", 11, "count", "huyện, thành phố", "huyện, thành phố phối hợp tổ chức tiêm phòng", Y23),
]
for label, plan, done, rate in ROWS:
    FIGS += [
        F(f"{label}\n{plan[0]}", plan[0], plan[1] * K, "count", "liều", f"{label} kế hoạch năm 2023", Y23, status="target"),
        F(f"{plan[0]}\n{done[0]}", done[0], done[1] * K, "count", "liều", f"{label} thực hiện năm 2023", Y23),
        F(f"{done[0]}\n{rate[0]}", rate[0], rate[1], "percent", "%", f"{label} tỷ lệ thực hiện so với kế hoạch", INH(Y23)),
    ]
FIGS += [
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ bảo hộ đối với bệnh LMLM sau tiêm phòng", INH(Y23), approx="over"),
    F("đạt 86,5%", "86,5", 86.5, "percent", "%", "tỷ lệ bảo hộ đối với bệnh cúm gia cầm sau tiêm phòng", INH(Y23)),
    F("tại 6 hộ", "6", 6, "count", "hộ", "hộ xảy ra dịch tả lợn châu Phi", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("tiêu hủy 213 con", "213", 213, "count", "con heo", "heo tiêu hủy do dịch tả lợn châu Phi",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("12.400 lít", "12.400", 12400, "measure", "lít", "hóa chất cấp phát", INH(Y23)),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi", INH(Y23)),
    F("đạt 2,58 triệu con", "2,58", 2.58e6, "count", "con", "tổng đàn heo",
      P("Đến ngày 31/12/2023", None, "2023-12-31")),
    F("cầm 25,6 triệu con", "25,6", 25.6e6, "count", "con", "đàn gia cầm", P("Đến ngày 31/12/2023", None, "2023-12-31")),
    F("bò 87.300 con", "87.300", 87300, "count", "con", "đàn bò", P("Đến ngày 31/12/2023", None, "2023-12-31")),
    F("là 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "kinh phí tiêm phòng",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Department site (Chi cục Chăn nuôi và Thú y Đồng Nai) with no dateline (published null): vaccination results 2023.",
    "One-cell-per-line table with 'Đơn vị tính: nghìn liều': plan and result cells are counts of doses ×1000; the 'Kế hoạch năm 2023'",
    "column → target; the 'Tỷ lệ (%)' column is a percent figure per row (own figure, not an attribute; period inherited from the title).",
    "Subject = row label + column label. Periods of plan/result cells come from the column headers (scored, as in shared h23).",
    "'Trong năm' (annual page) is 2023, scored. 'không phát sinh ổ dịch LMLM' has no number.",
    "'Dự kiến kinh phí … năm 2024' → forecast. 'Đến ngày 31/12/2023' → as-of.",
    "Distractors: 'Bảng 2', 'số 3 Nguyễn Văn Trị', phone/fax 0251.3822.681/682, 'Tổng lượt truy cập: 1.284.905'.",
]

if __name__ == "__main__":
    emit("p618-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")
