from lib import *
T = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ CẦN THƠ

Kết quả đánh giá, cấp chứng chỉ kỹ năng nghề quốc gia từ năm 2022 đến tháng 5/2024
Ngày đăng: 05/06/2024 | Lượt xem: 1.204

Thực hiện Thông tư số 24/2018/TT-BLĐTBXH, thành phố hiện có 2 tổ chức được cấp giấy chứng nhận đủ điều kiện hoạt động đánh giá kỹ năng nghề quốc gia, với 11 nghề được đánh giá ở bậc 1, bậc 2 và bậc 3. Kết quả cấp chứng chỉ cho người lao động như sau:

Bảng: Số người được cấp chứng chỉ kỹ năng nghề quốc gia
Đơn vị tính: người

Nghề

Năm 2022

Năm 2023

5 tháng đầu năm 2024

Điện công nghiệp

186

243

97

Hàn

152

205

88

Công nghệ ô tô

94

131

62

Kỹ thuật chế biến món ăn

210

276

115

Tổng cộng

642

855

362

Năm 2023, số người được cấp chứng chỉ tăng 33,2% so với năm 2022. Tỷ lệ thí sinh đạt yêu cầu năm 2023 là 91,4%, tăng 2,6 điểm phần trăm so với năm trước. Phí đánh giá bình quân khoảng 1,2 triệu đồng/thí sinh; người lao động thuộc hộ nghèo được hỗ trợ 100% chi phí.

Theo ông Lê Văn Tâm, Trưởng phòng Giáo dục nghề nghiệp, giai đoạn 2024-2025 thành phố phấn đấu mỗi năm có trên 1.000 người được đánh giá, cấp chứng chỉ kỹ năng nghề quốc gia, trong đó ít nhất 40% thuộc nhóm nghề kỹ thuật.

Thông tin chi tiết xin liên hệ: Phòng Giáo dục nghề nghiệp, số 55 Trần Hưng Đạo, quận Ninh Kiều; điện thoại 0292.3820.617.
"""
cols = [("Năm 2022", "2022-01-01", "2022-12-31"), ("Năm 2023", "2023-01-01", "2023-12-31"),
        ("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")]
rows = [("Điện công nghiệp", ["186", "243", "97"]), ("Hàn", ["152", "205", "88"]),
        ("Công nghệ ô tô", ["94", "131", "62"]), ("Kỹ thuật chế biến món ăn", ["210", "276", "115"]),
        ("Tổng cộng", ["642", "855", "362"])]
figs = [
 F("có 2 tổ chức", "2", 2, "count", "tổ chức", "tổ chức đủ điều kiện hoạt động đánh giá kỹ năng nghề quốc gia"),
 F("với 11 nghề", "11", 11, "count", "nghề", "nghề được đánh giá"),
]
for lab, cells in rows:
    prev = lab + "\n"
    for (ct, cs, ce), c in zip(cols, cells):
        anchor = prev + "\n" + c + "\n"
        figs.append(F(anchor, c, int(c), "count", "người", f"{lab} {ct[0].lower() + ct[1:]}", period=P(ct, cs, ce)))
        prev = c + "\n"
figs += [
 F("tăng 33,2%", "33,2", 33.2, "percent", "%", "số người được cấp chứng chỉ tăng", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
 F("là 91,4%", "91,4", 91.4, "percent", "%", "tỷ lệ thí sinh đạt yêu cầu",
   change={"direction": "increase", "value": 2.6, "unit": "điểm phần trăm", "baseline": "năm trước"}, period=P("năm 2023", "2023-01-01", "2023-12-31")),
 F("khoảng 1,2 triệu", "1,2", 1200000, "money", "đồng/thí sinh", "phí đánh giá bình quân", approx="about", period=P("năm 2023", "2023-01-01", "2023-12-31", True)),
 F("hỗ trợ 100% chi phí", "100", 100, "percent", "%", "hỗ trợ chi phí cho người lao động thuộc hộ nghèo"),
 F("trên 1.000 người", "1.000", 1000, "count", "người", "người được đánh giá, cấp chứng chỉ kỹ năng nghề quốc gia mỗi năm", approx="over", status="target",
   period=P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
 F("ít nhất 40%", "40", 40, "percent", "%", "người thuộc nhóm nghề kỹ thuật", approx="at_least", status="target",
   period=P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
]
write(6, T, figs, [
 "Department site (Sở LĐ-TB&XH Cần Thơ), 'Ngày đăng: 05/06/2024 | Lượt xem: 1.204'. National occupational skills certificates, 2022 – 5/2024.",
 "Table written one cell per line (as h23/h24) with 'Đơn vị tính: người': header cells Nghề / Năm 2022 / Năm 2023 / 5 tháng đầu năm 2024.",
 "Every numeric cell is a figure; subject = row label + column label (FIGURES.md, shared h24), period from the column header (not inherited, as h23).",
 "No totals for cells. revised: cell subjects were 'table title + row label'; corrected to row + column label as the spec and h24 say.",
 "'tăng 33,2% so với năm 2022' stands alone as a growth claim: percent figure, no change. 91,4% has change +2,6 điểm phần trăm (baseline năm trước).",
 "'2 tổ chức', '11 nghề' are counts ('hiện có', no period). 'bậc 1, bậc 2 và bậc 3' are levels, not figures. '100% chi phí' is a share (percent).",
 "Targets: 'phấn đấu mỗi năm có trên 1.000 người' (over), 'ít nhất 40%' (at_least), giai đoạn 2024-2025.",
 "Distractors: Thông tư số 24/2018/TT-BLĐTBXH, view counter, 'từ năm 2022 đến tháng 5/2024' in the title, address số 55 Trần Hưng Đạo, phone.",
], published="2024-06-05", location="Cần Thơ")
