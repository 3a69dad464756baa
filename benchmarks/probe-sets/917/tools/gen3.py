"""p917-3: UBND tỉnh Quảng Nam formal report, H1/2024, with a flattened '|' table by locality."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH QUẢNG NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Nam, ngày 10 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác hỗ trợ tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác tiếp nhận, quản lý
Thực hiện Luật Thi hành án hình sự năm 2019 và Nghị định số 49/2020/NĐ-CP của Chính phủ, 6 tháng đầu năm 2024, UBND cấp xã đã tiếp nhận 476 người chấp hành xong án phạt tù về cư trú, đạt 100% số người có thông báo của trại giam. Riêng quý II/2024 tiếp nhận 251 người, tăng 11% so với quý I/2024. Tính đến ngày 30/6/2024, toàn tỉnh quản lý 3.215 người chấp hành xong án phạt tù, tăng 4,6% so với cùng thời điểm năm 2023; số người được tha tù trước thời hạn có điều kiện đang quản lý là 87 người.

2. Kết quả hỗ trợ tái hòa nhập cộng đồng
Đơn vị tính: người
Địa phương | Tiếp nhận mới | Có việc làm | Được vay vốn | Tái phạm
Tam Kỳ | 58 | 41 | 12 | 1
Điện Bàn | 83 | 60 | 19 | 2
Núi Thành | 64 | 45 | 15 | 1
Thăng Bình | 71 | 49 | 17 | 1
Các địa phương khác | 200 | 131 | 40 | 3
Tổng cộng | 476 | 326 | 103 | 8

Tỷ lệ tái phạm trong 6 tháng là 1,7% (8/476 người), thấp hơn 0,5% so với cùng kỳ. Các huyện miền núi Nam Trà My, Tây Giang chưa phát sinh trường hợp tái phạm.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu 100% người chấp hành xong án phạt tù về địa phương được tiếp nhận, quản lý; tỷ lệ có việc làm đạt trên 70%.
2. Dự kiến giải ngân khoảng 5 tỷ đồng cho vay vốn theo Quyết định số 22/2023/QĐ-TTg.

Nơi nhận:
- Bộ Công an;
- Thường trực Tỉnh ủy;
- Lưu: VT, NC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31")
COLS = ["Tiếp nhận mới", "Có việc làm", "Được vay vốn", "Tái phạm"]
ROWS = [("Tam Kỳ", [58, 41, 12, 1], "Tam Kỳ"),
        ("Điện Bàn", [83, 60, 19, 2], "Điện Bàn"),
        ("Núi Thành", [64, 45, 15, 1], "Núi Thành"),
        ("Thăng Bình", [71, 49, 17, 1], "Thăng Bình"),
        ("Các địa phương khác", [200, 131, 40, 3], None),
        ("Tổng cộng", [476, 326, 103, 8], None)]


def table_figs():
    out = []
    for label, cells, place in ROWS:
        for i, v in enumerate(cells):
            anchor = label + " | " + " | ".join(str(c) for c in cells[: i + 1])
            subj = COLS[i] if place else f"{COLS[i]} {label.lower()}"
            kw = {"location": place} if place else {}
            out.append(F(anchor, str(v), v, "count", "người", subj, I(H1), **kw))
    return out


FIGS = [
    F("tiếp nhận 476 người", "476", 476, "count", "người",
      "người chấp hành xong án phạt tù về cư trú được tiếp nhận", H1, percent=100),
    F("tiếp nhận 251 người", "251", 251, "count", "người", "người chấp hành xong án phạt tù về cư trú được tiếp nhận",
      P("quý II/2024", "2024-04-01", "2024-06-30"), change=C("increase", 11, "%", "quý I/2024")),
    F("quản lý 3.215 người", "3.215", 3215, "count", "người", "người chấp hành xong án phạt tù được quản lý",
      P("Tính đến ngày 30/6/2024", None, "2024-06-30"),
      change=C("increase", 4.6, "%", "cùng thời điểm năm 2023")),
    F("là 87 người", "87", 87, "count", "người", "người được tha tù trước thời hạn có điều kiện đang quản lý",
      P("Tính đến ngày 30/6/2024", None, "2024-06-30")),
    *table_figs(),
    F("là 1,7%", "1,7", 1.7, "percent", "%", "tỷ lệ tái phạm", P("trong 6 tháng", "2024-01-01", "2024-06-30"),
      change=C("decrease", 0.5, "%", "cùng kỳ")),
    F("(8/476 người)", "8", 8, "count", "người", "người tái phạm", P("trong 6 tháng", "2024-01-01", "2024-06-30"),
      total=476),
    F("Phấn đấu 100%", "100", 100, "percent", "%",
      "người chấp hành xong án phạt tù về địa phương được tiếp nhận, quản lý", I(H2), status="target"),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ có việc làm", I(H2), approx="over", status="target"),
    F("khoảng 5 tỷ đồng", "5", 5e9, "money", "đồng", "giải ngân cho vay vốn", I(H2), approx="about",
      status="forecast"),
]

NOTES = [
    "Formal report under letterhead (UBND TỈNH QUẢNG NAM, Số: 287/BC-UBND, dated 10/7/2024), section numbers, flattened '|' table.",
    "Table: every numeric cell is a figure; unit from 'Đơn vị tính: người'; period from the title (inherited); place rows go to location;",
    "'Các địa phương khác' and 'Tổng cộng' rows stay Quảng Nam with the row label in the subject; table cells get no totals.",
    "'(8/476 người)' is a count with total 476; 'thấp hơn 0,5% so với cùng kỳ' is the change of 1,7% (a level, not a growth rate).",
    "Section II targets take '6 THÁNG CUỐI NĂM 2024' from the heading (inherited). Distractors: Số 287, Luật ... năm 2019, NĐ 49/2020, QĐ 22/2023, section numbers.",
]

if __name__ == "__main__":
    write("p917-3", TEXT, NOTES, FIGS, published="2024-07-10", location="Quảng Nam")
