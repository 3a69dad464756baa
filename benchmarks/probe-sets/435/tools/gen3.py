from lib import F, P, C, T, write

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN LONG THÀNH
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long Thành, ngày 25 tháng 9 năm 2024

BÁO CÁO
Công tác tiếp công dân, giải quyết khiếu nại, tố cáo quý III năm 2024

I. CÔNG TÁC TIẾP CÔNG DÂN
Trong quý III/2024 (số liệu từ ngày 15/6/2024 đến ngày 14/9/2024), UBND huyện và các cơ quan chuyên môn đã tiếp 318 lượt công dân với 276 vụ việc, tăng 12 vụ việc so với quý II/2024. Chủ tịch UBND huyện tiếp định kỳ 6 kỳ, tiếp đột xuất 2 kỳ. Có 3 đoàn đông người (từ 5 người trở lên) với 41 người, đều liên quan đến bồi thường dự án Cảng hàng không quốc tế Long Thành.

II. TIẾP NHẬN, XỬ LÝ ĐƠN THƯ
Bảng 1. Kết quả tiếp nhận, xử lý đơn thư quý III/2024
Đơn vị tính: đơn
Loại đơn | Tiếp nhận | Thuộc thẩm quyền | Đã giải quyết | Tỷ lệ giải quyết (%)
Khiếu nại | 64 | 38 | 31 | 81,6
Tố cáo | 12 | 7 | 6 | 85,7
Kiến nghị, phản ánh | 245 | 198 | 183 | 92,4
Cộng | 321 | 243 | 220 | 90,5

Đơn thuộc lĩnh vực đất đai là 229 đơn, chiếm 71,3% tổng số đơn tiếp nhận; trong đó tranh chấp đất đai 86 đơn, khiếu nại về bồi thường, hỗ trợ, tái định cư 97 đơn. Qua giải quyết, đã kiến nghị trả lại quyền lợi cho 14 hộ dân với số tiền 2,37 tỷ đồng; hòa giải thành 19/27 vụ tranh chấp đất đai tại cơ sở.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ
Quý IV/2024, phấn đấu giải quyết đạt trên 85% số vụ khiếu nại, tố cáo thuộc thẩm quyền; tổ chức ít nhất 4 buổi đối thoại với hộ dân vùng dự án theo Luật Khiếu nại năm 2011 và Nghị định số 124/2020/NĐ-CP.

Nơi nhận:
- Thanh tra tỉnh (b/c);
- TT Huyện ủy;
- Lưu: VT, TTr.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Sáu
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("tiếp 318 lượt", "318", 318, "count", "lượt công dân", "lượt công dân được tiếp", period=Q3),
    F("với 276 vụ việc", "276", 276, "count", "vụ việc", "vụ việc", period=Q3,
      change=C("increase", 12, "vụ việc", "quý II/2024")),
    F("định kỳ 6 kỳ", "6", 6, "count", "kỳ", "kỳ tiếp công dân định kỳ của Chủ tịch UBND huyện", period=Q3i),
    F("đột xuất 2 kỳ", "2", 2, "count", "kỳ", "kỳ tiếp công dân đột xuất của Chủ tịch UBND huyện", period=Q3i),
    F("Có 3 đoàn", "3", 3, "count", "đoàn", "đoàn đông người", period=Q3i),
    F("(từ 5 người trở lên)", "5", 5, "count", "người", "ngưỡng đoàn đông người", approx="at_least", optional=True),
    F("với 41 người", "41", 41, "count", "người", "người trong các đoàn đông người", period=Q3i),
]

rows = [("Khiếu nại", ["64", "38", "31", "81,6"]),
        ("Tố cáo", ["12", "7", "6", "85,7"]),
        ("Kiến nghị, phản ánh", ["245", "198", "183", "92,4"]),
        ("Cộng", ["321", "243", "220", "90,5"])]
cols = ["đơn tiếp nhận", "đơn thuộc thẩm quyền", "đơn đã giải quyết", "tỷ lệ giải quyết"]
for label, cells in rows:
    line = label + " | " + " | ".join(cells)
    name = "tổng cộng" if label == "Cộng" else label.lower()
    for i, c in enumerate(cells):
        # anchor: the cell with its neighbours so it is unique
        if i == 0:
            anchor = f"{label} | {c} |"
        else:
            anchor = f"{cells[i-1]} | {c}" + (" |" if i < 3 else "\n")
        num = c
        value = float(c.replace(",", ".")) if "," in c else int(c)
        if i == 3:
            FIGS.append(F(anchor, num, value, "percent", "%", f"{cols[i]} {name}", period=Q3i))
        else:
            FIGS.append(F(anchor, num, value, "count", "đơn", f"{cols[i]} {name}", period=Q3i))

FIGS += [
    F("là 229 đơn", "229", 229, "count", "đơn", "đơn thuộc lĩnh vực đất đai", percent=71.3, period=Q3i),
    F("tranh chấp đất đai 86 đơn", "86", 86, "count", "đơn", "đơn tranh chấp đất đai", total=229, period=Q3i),
    F("tái định cư 97 đơn", "97", 97, "count", "đơn", "đơn khiếu nại về bồi thường, hỗ trợ, tái định cư", total=229, period=Q3i),
    F("cho 14 hộ dân", "14", 14, "count", "hộ dân", "hộ dân được kiến nghị trả lại quyền lợi", period=Q3i),
    F("2,37 tỷ đồng", "2,37", 2.37e9, "money", "đồng", "số tiền kiến nghị trả lại cho hộ dân", period=Q3i),
    F("19/27 vụ", "19", 19, "count", "vụ", "vụ tranh chấp đất đai hòa giải thành tại cơ sở", total=27, period=Q3i),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ giải quyết vụ khiếu nại, tố cáo thuộc thẩm quyền",
      approx="over", status="target", period=Q4),
    F("ít nhất 4 buổi", "4", 4, "count", "buổi", "buổi đối thoại với hộ dân vùng dự án",
      approx="at_least", status="target", period=Q4),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Long Thành, Đồng Nai, 'Số: 418/BC-UBND'); date line 'Long Thành, ngày 25 tháng 9 năm 2024'.",
    "Flattened '|' table with 'Đơn vị tính: đơn' and a '(%)' column; every numeric cell is a figure, subject = column label + row label,",
    "no totals for cells (as p205-7); period from the table title 'quý III/2024' (inherited). Row 'Cộng' = tổng cộng.",
    "'tăng 12 vụ việc so với quý II/2024' is 276's change in unit vụ việc. '(từ 5 người trở lên)' is a threshold: optional.",
    "'229 đơn, chiếm 71,3%' percent; parts after 'trong đó' total 229. '19/27 vụ' total 27. Section III 'Quý IV/2024' targets.",
    "Distractors: document number, dates 15/6–14/9/2024, section numbers I./II./III., 'Bảng 1', 'Luật Khiếu nại năm 2011', decree, signer 'Sáu'.",
]

write("p435-3", TEXT, FIGS, COMMENTS, published="2024-09-25", location="Long Thành")
