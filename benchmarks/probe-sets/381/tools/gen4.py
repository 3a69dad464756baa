from lib import Doc, per

TEXT = """ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
Số: 245/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 21 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác hỗ trợ tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tiếp nhận, quản lý và hỗ trợ người chấp hành xong án phạt tù
Thực hiện Nghị định số 49/2020/NĐ-CP, 9 tháng năm 2024, các huyện, thành phố đã tiếp nhận, quản lý và hỗ trợ người chấp hành xong án phạt tù như sau:

Bảng 2. Kết quả tiếp nhận, hỗ trợ theo địa bàn
Đơn vị tính: người
Địa bàn | Tiếp nhận | Có việc làm | Được vay vốn | Tái phạm
TP. Bắc Giang | 96 | 71 | 12 | 2
Huyện Lục Nam | 84 | 55 | 9 | 1
Huyện Yên Thế | 61 | 40 | 6 | 0
Huyện Hiệp Hòa | 78 | 52 | 11 | 1
Các địa bàn còn lại | 193 | 129 | 20 | 2
Toàn tỉnh | 512 | 347 | 58 | 6

Tỷ lệ người có việc làm đạt 67,8%, tăng 5,2% so với cùng kỳ năm 2023; tỷ lệ tái phạm 1,17%. Kinh phí hỗ trợ từ ngân sách tỉnh là 1,35 tỷ đồng.

2. Công tác tuyên truyền
Các cơ quan tổ chức 12 hội nghị tuyên truyền với 1.860 lượt người tham dự; phát hành 4.500 tờ rơi.

II. NHIỆM VỤ QUÝ IV VÀ NĂM 2025
Năm 2025, phấn đấu 100% người chấp hành xong án phạt tù về địa phương được tiếp nhận, quản lý; tỷ lệ có việc làm từ 70% trở lên; mỗi huyện có ít nhất 01 mô hình “Doanh nghiệp đồng hành”.

Nơi nhận:
- Bộ Công an (C06);
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phan Thế Tuấn
"""

d = Doc("p381-4", TEXT, [
    "Formal report, UBND tỉnh Bắc Giang, 'Số: 245/BC-UBND', place-and-date line 21/10/2024: reintegration in 9 months of 2024, flattened '|' table by district.",
    "Distractors: Số: 245/BC-UBND, Nghị định số 49/2020/NĐ-CP, 'Bảng 2', section numbers I./1./2./II., 'Bộ Công an (C06)', 'Lưu: VT, NC', 'QUÝ IV' (heading).",
    "Table: every numeric cell (zeros too) is a figure; unit 'người' from 'Đơn vị tính'; district rows go to location ('TP. Bắc Giang' = Bắc Giang city), subject = the column label as it reads;",
    "'Các địa bàn còn lại' and 'Toàn tỉnh' rows keep the province as location, the row label in the subject. No totals for table cells. Period '9 tháng năm 2024' from the text above (inherited).",
    "67,8% (= 347/512) carries change 'tăng 5,2% so với cùng kỳ năm 2023'; 1,17% (= 6/512); 1,35 tỷ đồng kinh phí: all inherit the period.",
    "Section II targets 'Năm 2025 … phấn đấu': 100%, 'từ 70% trở lên' (at_least), 'ít nhất 01 mô hình' (at_least, count per district; optional as a criterion-like floor).",
    "revised: table subjects reduced to the column label (+ non-place row label) as FIGURES.md's table rule says; no added noun.",
], published="2024-10-21", location="Bắc Giang")

P = per("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
cols = ["tiếp nhận", "có việc làm", "được vay vốn", "tái phạm"]
rows = [
    ("TP. Bắc Giang", "Bắc Giang", ["96", "71", "12", "2"], ["TP. Bắc Giang | 96 |", "| 71 | 12 | 2\nHuyện", "| 12 | 2\nHuyện", "| 2\nHuyện Lục"]),
    ("Huyện Lục Nam", "Lục Nam", ["84", "55", "9", "1"], ["| 84 |", "| 55 |", "| 9 | 1\nHuyện Yên", "| 1\nHuyện Yên"]),
    ("Huyện Yên Thế", "Yên Thế", ["61", "40", "6", "0"], ["| 61 |", "| 40 |", "| 6 | 0\n", "| 0\n"]),
    ("Huyện Hiệp Hòa", "Hiệp Hòa", ["78", "52", "11", "1"], ["| 78 |", "| 52 |", "| 11 |", "| 1\nCác"]),
    ("Các địa bàn còn lại", None, ["193", "129", "20", "2"], ["| 193 |", "| 129 |", "| 20 |", "| 2\nToàn"]),
    ("Toàn tỉnh", None, ["512", "347", "58", "6"], ["| 512 |", "| 347 |", "| 58 |", "| 6\n"]),
]
for label, loc, vals, anchors in rows:
    for c, v, a in zip(cols, vals, anchors):
        subj = c if loc else f"{c} {label.lower()}"
        kw = {"location": loc} if loc else {}
        d.f(a, v, int(v), "count", "người", subj, P, **kw)
d.f("đạt 67,8%", "67,8", 67.8, "percent", "%", "tỷ lệ người có việc làm", P,
    change={"direction": "increase", "value": 5.2, "unit": "%", "baseline": "cùng kỳ năm 2023"})
d.f("tái phạm 1,17%", "1,17", 1.17, "percent", "%", "tỷ lệ tái phạm", P)
d.f("là 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh", P)
d.f("tổ chức 12 hội nghị", "12", 12, "count", "hội nghị", "hội nghị tuyên truyền", P)
d.f("với 1.860 lượt", "1.860", 1860, "count", "lượt người", "lượt người tham dự hội nghị tuyên truyền", P)
d.f("hành 4.500 tờ rơi", "4.500", 4500, "count", "tờ rơi", "tờ rơi phát hành", P)
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
d.f("phấn đấu 100%", "100", 100, "percent", "%", "người chấp hành xong án phạt tù về địa phương được tiếp nhận, quản lý", Y25, status="target")
d.f("từ 70% trở lên", "70", 70, "percent", "%", "tỷ lệ có việc làm", Y25, approx="at_least", status="target")
d.f("ít nhất 01 mô hình", "01", 1, "count", "mô hình", "mô hình Doanh nghiệp đồng hành mỗi huyện", Y25, approx="at_least", status="target", optional=True)
raise SystemExit(d.write())
