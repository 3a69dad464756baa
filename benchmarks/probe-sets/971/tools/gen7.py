"""p971-7: department site (Sở VHTTDL Cần Thơ), no dateline; grassroots sports clubs 2022-2024; one-cell-per-line table."""
from lib import F, P, I, C, T, write

text = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển câu lạc bộ thể thao cơ sở giai đoạn 2022-2024

Thời gian qua, hệ thống câu lạc bộ (CLB) thể dục thể thao cơ sở trên địa bàn thành phố Cần Thơ phát triển cả về số lượng và chất lượng. Năm 2024, toàn thành phố có 1.018 CLB, tăng 12,4% so với năm 2022, thu hút 31.640 hội viên. Số liệu một số môn tiêu biểu như sau:

Môn
Năm 2022 (CLB)
Năm 2024 (CLB)
Hội viên năm 2024 (người)
Bóng đá
126
148
3.920
Quần vợt (tennis)
54
71
1.265
Cầu lông
203
236
5.410
Pickleball
0
38
960

Đáng chú ý, phần lớn CLB quần vợt và pickleball hoạt động tại quận Ninh Kiều, với mức phí hội viên từ 300.000 đến 500.000 đồng/người/tháng. Trong 3 năm, ngành thể thao đã tập huấn cho 412 hướng dẫn viên, cộng tác viên thể dục thể thao cơ sở. Số người tập luyện thường xuyên năm 2024 đạt 38,5% dân số, vượt 0,5% chỉ tiêu Nghị quyết HĐND thành phố.

Mục tiêu đến năm 2025, thành phố có ít nhất 1.100 CLB thể thao cơ sở, mỗi phường, xã có tối thiểu 2 CLB hoạt động thường xuyên.

Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ
Địa chỉ: số 32 Ngô Văn Sở, phường Tân An, quận Ninh Kiều, TP. Cần Thơ
Điện thoại: 0292.3820.215 - Email: svhttdl@cantho.gov.vn
Đang truy cập: 27 | Tổng lượt truy cập: 3.581.406
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
rows = [  # label, subject word, 2022 anchor, 2024 anchor, members anchor
    ("Bóng đá", "bóng đá", ("Bóng đá\n126", "126"), ("126\n148", "148"), ("148\n3.920", "3.920")),
    ("Quần vợt (tennis)", "quần vợt (tennis)", ("(tennis)\n54", "54"), ("54\n71", "71"), ("71\n1.265", "1.265")),
    ("Cầu lông", "cầu lông", ("Cầu lông\n203", "203"), ("203\n236", "236"), ("236\n5.410", "5.410")),
    ("Pickleball", "pickleball", ("Pickleball\n0", "0"), ("0\n38", "38"), ("38\n960", "960")),
]
figs = [
    F("có 1.018 CLB", "1.018", 1018, "count", "CLB", "CLB thể dục thể thao cơ sở",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 12.4, "%", "năm 2022")),
    F("thu hút 31.640 hội viên", "31.640", 31640, "count", "hội viên", "hội viên CLB thể dục thể thao cơ sở",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
]
for label, subj, c22, c24, mem in rows:
    figs.append(F(c22[0], c22[1], float(c22[1].replace(".", "")), "count", "CLB", f"CLB {subj} năm 2022", Y22))
    figs.append(F(c24[0], c24[1], float(c24[1].replace(".", "")), "count", "CLB", f"CLB {subj} năm 2024", Y24))
    figs.append(F(mem[0], mem[1], float(mem[1].replace(".", "")), "count", "người", f"hội viên {subj} năm 2024",
                  P("Hội viên năm 2024", "2024-01-01", "2024-12-31")))
figs += [
    F("từ 300.000 đến 500.000 đồng/người/tháng", "300.000", 300000, "money", "đồng/người/tháng",
      "mức phí hội viên CLB quần vợt và pickleball", value_max=500000, location="Ninh Kiều"),
    F("cho 412 hướng dẫn viên", "412", 412, "count", "hướng dẫn viên",
      "hướng dẫn viên, cộng tác viên thể dục thể thao cơ sở được tập huấn",
      P("giai đoạn 2022-2024", "2022-01-01", "2024-12-31", inherited=True)),
    F("đạt 38,5% dân số", "38,5", 38.5, "percent", "%", "người tập luyện thường xuyên",
      P("năm 2024", "2024-01-01", "2024-12-31"),
      change=C("increase", 0.5, "%", "chỉ tiêu Nghị quyết HĐND thành phố")),
    F("ít nhất 1.100 CLB", "1.100", 1100, "count", "CLB", "CLB thể thao cơ sở", Y25, approx="at_least",
      status="target"),
    F("tối thiểu 2 CLB", "2", 2, "count", "CLB", "CLB hoạt động thường xuyên mỗi phường, xã", Y25,
      approx="at_least", status="target", optional=True),
]

write(7, text, figs, published=None, location="Cần Thơ", notes=[
    "Department site (Sở VHTTDL Cần Thơ), no dateline: grassroots sports clubs 2022-2024; table pasted one cell per line",
    "(Môn | Năm 2022 (CLB) | Năm 2024 (CLB) | Hội viên năm 2024 (người)); the 0 cell of Pickleball 2022 is a figure.",
    "Periods of table cells come from the column headers (scored). Footer address, phone, 'Đang truy cập: 27', the visit total are not figures.",
    "'vượt 0,5% chỉ tiêu' is a gap to plan: change with that baseline. The fee range is located in quận Ninh Kiều.",
    "'Trong 3 năm' (412 trainees) is the 2022-2024 span of the title: inherited. 'tối thiểu 2 CLB' per ward is optional.",
])
