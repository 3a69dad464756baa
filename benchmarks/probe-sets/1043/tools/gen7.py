from lib import F, P, I, C, T, emit

TABLE = [("Linh trưởng", ["21", "27", "34"]),
         ("Tê tê", ["9", "14", "11"]),
         ("Bò sát, rùa", ["37", "42", "38"]),
         ("Chim, thú nhỏ", ["15", "18", "13"]),
         ("Tổng số", ["82", "101", "96"])]
HEAD = ["Năm 2022", "Năm 2023", "9 tháng năm 2024"]
table_text = "\n".join(["Nhóm loài"] + HEAD + [x for label, cells in TABLE for x in [label] + cells])

TEXT = f"""CHI CỤC KIỂM LÂM TỈNH GIA LAI
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản

Gia Lai: tăng cường cứu hộ, tái thả động vật hoang dã

Thực hiện Kế hoạch số 1456/KH-UBND của UBND tỉnh về bảo tồn đa dạng sinh học, trong 9 tháng năm 2024, các Hạt Kiểm lâm và Vườn quốc gia Kon Ka Kinh đã tiếp nhận 96 cá thể động vật hoang dã, tăng 18,5% so với cùng kỳ năm 2023. Số động vật này chủ yếu do người dân tự nguyện giao nộp (chiếm 68,8%), còn lại do các lực lượng chức năng thu giữ tại các chốt trên Quốc lộ 19 và Quốc lộ 14.

Số động vật hoang dã tiếp nhận, cứu hộ qua các năm
Đơn vị tính: cá thể
{table_text}

Sau thời gian chăm sóc, 71 cá thể đã được thả về Vườn quốc gia Kon Ka Kinh và Khu bảo tồn thiên nhiên Kon Chư Răng, đạt tỷ lệ 74%; 9 cá thể chết do bị thương nặng. Đáng chú ý, đàn chà vá chân xám gồm 7 cá thể được tái thả tại Kon Ka Kinh đã sinh thêm 2 cá thể con.

Năm 2025, Chi cục phấn đấu 100% động vật tiếp nhận được cứu hộ kịp thời, tỷ lệ tái thả đạt từ 75% trở lên; đồng thời đề xuất xây dựng 1 trạm cứu hộ tạm thời ở khu vực phía Bắc tỉnh với kinh phí khoảng 2,2 tỷ đồng.

CHI CỤC KIỂM LÂM TỈNH GIA LAI
Địa chỉ: 22 Trần Hưng Đạo, TP. Pleiku, tỉnh Gia Lai
Điện thoại: 0269.3824.213 - Fax: 0269.3824.514
Tổng lượt truy cập: 1.284.617 | Đang online: 37
"""

M9 = P("trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
PER = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
       "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
       "9 tháng năm 2024": P("9 tháng năm 2024", "2024-01-01", "2024-09-30")}
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("tiếp nhận 96 cá thể", "96", 96, "count", "cá thể",
      change=C("increase", 18.5, baseline="cùng kỳ năm 2023"),
      subject="động vật hoang dã tiếp nhận", period=M9),
    F("chiếm 68,8%", "68,8", 68.8, "percent", "%",
      subject="động vật do người dân tự nguyện giao nộp", period=I(M9)),
]
lines = table_text.split("\n")
for label, cells in TABLE:
    i = lines.index(label)
    for j, (cell, head) in enumerate(zip(cells, HEAD)):
        anchor = "\n".join(lines[i:i + j + 2])  # row label down to this cell
        name = "tổng số động vật" if label == "Tổng số" else label
        FIGS.append(F(anchor, cell, float(cell), "count", "cá thể",
                      subject=f"{name} tiếp nhận, cứu hộ {head.lower()}", period=PER[head]))
FIGS += [
    F("71 cá thể", "71", 71, "count", "cá thể", percent=74,
      subject="cá thể đã được thả về tự nhiên", period=I(M9)),
    F("9 cá thể chết", "9", 9, "count", "cá thể", subject="cá thể chết do bị thương nặng", period=I(M9)),
    F("gồm 7 cá thể", "7", 7, "count", "cá thể", subject="đàn chà vá chân xám được tái thả"),
    F("thêm 2 cá thể con", "2", 2, "count", "cá thể con", subject="cá thể con chà vá chân xám sinh thêm"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="động vật tiếp nhận được cứu hộ kịp thời", period=Y25),
    F("từ 75% trở lên", "75", 75, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ tái thả", period=Y25),
    F("xây dựng 1 trạm", "1", 1, "count", "trạm cứu hộ", status="target",
      subject="trạm cứu hộ tạm thời xây dựng", period=Y25),
    F("khoảng 2,2 tỷ đồng", "2,2", 2.2e9, "money", "đồng", approx="about", status="target",
      subject="kinh phí xây dựng trạm cứu hộ tạm thời", period=Y25),
]

emit("p1043-7", TEXT, FIGS, published=None, location="Gia Lai", comments=[
    "Department site (Chi cục Kiểm lâm Gia Lai), no dateline; footer address, phone, fax, visit counter, online counter.",
    "Table pasted one cell per line: header cells, then each row's label and cells; periods come from the column headers.",
    "Distractors: Kế hoạch số 1456/KH-UBND, Quốc lộ 19, Quốc lộ 14, 22 Trần Hưng Đạo, phones, Tổng lượt truy cập, Đang online: 37.",
    "'(chiếm 68,8%)' is the share of surrendered animals among the 96, a percent figure of its own (no count of its own to attach to).",
    "'từ 75% trở lên' is a target level: at_least. 'đồng thời đề xuất ... 1 trạm ... 2,2 tỷ' continues the phấn đấu clause: target.",
    "revised: table-cell subjects now carry the column label (FIGURES.md: row label and column label), e.g. 'Linh trưởng tiếp nhận, cứu hộ năm 2022'.",
])
