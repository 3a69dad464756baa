"""p1063-7: department site (Trung tâm DVVL Đà Nẵng), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

rows = [  # label, subject, 2022, 2023, KH 2024
    ("Nộp hồ sơ hưởng TCTN", "người nộp hồ sơ hưởng TCTN", "19.648", "21.476", "21.000"),
    ("Có quyết định hưởng TCTN", "người có quyết định hưởng TCTN", "19.102", "20.915", "20.500"),
    ("Được hỗ trợ học nghề", "người được hỗ trợ học nghề", "412", "468", "500"),
    ("Được giới thiệu việc làm", "người được giới thiệu việc làm", "6.735", "7.284", "7.500"),
]
table = "\n".join(["Chỉ tiêu", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
                  + [c for r in rows for c in (r[0], r[2], r[3], r[4])])

text = f"""SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ ĐÀ NẴNG
TRUNG TÂM DỊCH VỤ VIỆC LÀM
Trang chủ | Giới thiệu | Tin tức | Bảo hiểm thất nghiệp | Liên hệ

Kết quả thực hiện chính sách bảo hiểm thất nghiệp năm 2023

Năm 2023, Trung tâm Dịch vụ việc làm Đà Nẵng tiếp nhận 21.476 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 9,3% so với năm 2022. Số người có quyết định hưởng là 20.915 người; tổng số tiền chi trả hơn 478 tỷ đồng, trong đó chi hỗ trợ học nghề 3,2 tỷ đồng. Người hưởng tập trung ở các quận Liên Chiểu (5.862 người), Hải Châu (3.917 người) và Cẩm Lệ (3.140 người).

Mức hưởng bình quân năm 2023 là 5,08 triệu đồng/người/tháng, thời gian hưởng bình quân 3,6 tháng. Có 34,7% người hưởng đã tìm được việc làm mới trong thời gian hưởng trợ cấp.

Một số chỉ tiêu chủ yếu
Đơn vị tính: người
{table}

Năm 2024, Trung tâm phấn đấu 35% người hưởng TCTN được giới thiệu việc làm.

Trung tâm Dịch vụ việc làm thành phố Đà Nẵng
Địa chỉ: số 478 Điện Biên Phủ, quận Thanh Khê, thành phố Đà Nẵng
Điện thoại: 0236.3746.599 - Fax: 0236.3746.598
Lượt truy cập: 3.482.157
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
cols = [("Năm 2022", "2022", "actual"), ("Năm 2023", "2023", "actual"), ("Kế hoạch 2024", "2024", "target")]
num = lambda s: int(s.replace(".", ""))
figs = [
    F("tiếp nhận 21.476 hồ sơ", "21.476", 21476, "count", "hồ sơ", "hồ sơ đề nghị hưởng trợ cấp thất nghiệp", Y,
      change=C("increase", 9.3, "%", "năm 2022")),
    F("là 20.915 người", "20.915", 20915, "count", "người", "người có quyết định hưởng", I(Y)),
    F("hơn 478 tỷ đồng", "478", 478e9, "money", "đồng", "tổng số tiền chi trả", I(Y), approx="over"),
    F("học nghề 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "chi hỗ trợ học nghề", I(Y), total=478e9),
    F("Liên Chiểu (5.862 người)", "5.862", 5862, "count", "người", "người hưởng", I(Y), location="Liên Chiểu"),
    F("Hải Châu (3.917 người)", "3.917", 3917, "count", "người", "người hưởng", I(Y), location="Hải Châu"),
    F("Cẩm Lệ (3.140 người)", "3.140", 3140, "count", "người", "người hưởng", I(Y), location="Cẩm Lệ"),
    F("là 5,08 triệu", "5,08", 5.08e6, "money", "đồng/người/tháng", "mức hưởng bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("bình quân 3,6 tháng", "3,6", 3.6, "measure", "tháng", "thời gian hưởng bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("Có 34,7%", "34,7", 34.7, "percent", "%", "người hưởng đã tìm được việc làm mới trong thời gian hưởng trợ cấp",
      I(Y)),
]
for label, subj, *cells in rows:
    seq = [label] + cells
    for i, (hdr, year, status) in enumerate(cols):
        cell = cells[i]
        anchor = seq[i] + "\n" + cell
        kw = {"status": status} if status != "actual" else {}
        figs.append(F(anchor, cell, num(cell), "count", "người", f"{subj} {hdr.lower()}",
                      P(hdr, f"{year}-01-01", f"{year}-12-31"), **kw))
figs += [
    F("phấn đấu 35%", "35", 35, "percent", "%", "người hưởng TCTN được giới thiệu việc làm",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]
notes = [
    "Department site of Trung tâm DVVL Đà Nẵng: no dateline (no published), footer address/phone/visit counter.",
    "One-cell-per-line table: 'Đơn vị tính: người'; subject = row label + column; period from the column header (scored);",
    "'Kế hoạch 2024' column -> status target. Text 21.476/20.915 and the same numbers in the table are separate figures.",
    "3,2 tỷ after 'trong đó' is part of 'tổng số tiền chi trả hơn 478 tỷ đồng' (total 478 tỷ). Quận list: locations.",
    "Distractors: 'số 478 Điện Biên Phủ' (same digits as 478 tỷ), phone/fax, 'Lượt truy cập: 3.482.157', menu bar.",
]
write(7, text, figs, notes, published=None, location="Đà Nẵng")
