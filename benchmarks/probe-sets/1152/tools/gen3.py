"""p1152-3: formal report (UBND tỉnh Thái Nguyên), 2023 e-waste collection, flattened '|' table by locality."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THÁI NGUYÊN
Số: 09/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Nguyên, ngày 10 tháng 01 năm 2024

BÁO CÁO
Kết quả thu gom, xử lý chất thải điện tử, pin thải năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới thu gom
Đến ngày 31/12/2023, toàn tỉnh có 215 điểm thu gom chất thải điện tử, pin thải, tăng 64 điểm so với năm 2022; trong đó 132 điểm đặt tại trường học, 51 điểm tại trụ sở UBND cấp xã và 32 điểm tại siêu thị, cửa hàng điện máy.

2. Khối lượng thu gom
Năm 2023, toàn tỉnh thu gom được 18.640 kg, bằng 116,5% kế hoạch (kế hoạch 16.000 kg). Kết quả theo địa phương:
Đơn vị tính: kg
Địa phương | Thiết bị điện tử | Pin thải | Tổng khối lượng
TP Thái Nguyên | 6.920 | 1.480 | 8.400
TP Sông Công | 2.150 | 530 | 2.680
TP Phổ Yên | 2.870 | 610 | 3.480
Các huyện | 3.460 | 620 | 4.080
Tổng cộng | 15.400 | 3.240 | 18.640

3. Xử lý
Khối lượng thu gom được chuyển giao cho 2 đơn vị có chức năng là Công ty TNHH Tái chế Việt Bắc và Công ty CP Môi trường Đô thị Thái Nguyên, đơn giá 24.500 đồng/kg; tổng kinh phí gần 457 triệu đồng từ nguồn sự nghiệp môi trường. Riêng tháng 12, nhân Ngày hội tái chế lần thứ 3, các trường học đã đổi 2.360 phần quà cho học sinh.

II. NHIỆM VỤ NĂM 2024
Phấn đấu thu gom trên 20.000 kg; 100% trường THCS có điểm thu gom; tổ chức ít nhất 4 đợt Ngày hội tái chế tại các huyện Đại Từ, Phú Bình, Đồng Hỷ, Võ Nhai.

Nơi nhận:
- Bộ TN&MT (b/c);
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thanh Bình
"""

ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
DEC = P("Riêng tháng 12", "2023-12-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = ["Thiết bị điện tử", "Pin thải", "Tổng khối lượng"]


def row(label, place, values, left):
    """Three cells of one table row; anchors chain each cell to its left neighbour."""
    out = []
    for col, (num, val) in zip(COLS, values):
        kw = {"location": place} if place else {}
        subj = col if place else f"{col} {label.lower()}"
        out.append(F(f"{left} | {num}", num, val, "measure", "kg", subject=subj, period=I(Y23), **kw))
        left = num
    return out


FIGS = [
    F("có 215 điểm", "215", 215, "count", "điểm", change=C("increase", 64, "điểm", "năm 2022"),
      subject="điểm thu gom chất thải điện tử, pin thải", period=ASOF),
    F("132 điểm", "132", 132, "count", "điểm", total=215,
      subject="điểm thu gom đặt tại trường học", period=ASOF),
    F("51 điểm", "51", 51, "count", "điểm", total=215,
      subject="điểm thu gom tại trụ sở UBND cấp xã", period=ASOF),
    F("và 32 điểm", "32", 32, "count", "điểm", total=215,
      subject="điểm thu gom tại siêu thị, cửa hàng điện máy", period=ASOF),
    F("được 18.640 kg", "18.640", 18640, "measure", "kg", percent=116.5, target=T(16000, "kg", True),
      subject="chất thải điện tử, pin thải thu gom", period=Y23),
    *row("TP Thái Nguyên", "Thái Nguyên", [("6.920", 6920), ("1.480", 1480), ("8.400", 8400)], "Nguyên"),
    *row("TP Sông Công", "Sông Công", [("2.150", 2150), ("530", 530), ("2.680", 2680)], "Công"),
    *row("TP Phổ Yên", "Phổ Yên", [("2.870", 2870), ("610", 610), ("3.480", 3480)], "Yên"),
    *row("Các huyện", None, [("3.460", 3460), ("620", 620), ("4.080", 4080)], "huyện"),
    *row("Tổng cộng", None, [("15.400", 15400), ("3.240", 3240), ("18.640", 18640)], "cộng"),
    F("cho 2 đơn vị", "2", 2, "count", "đơn vị",
      subject="đơn vị có chức năng tiếp nhận xử lý", period=I(Y23)),
    F("đơn giá 24.500", "24.500", 24500, "money", "đồng/kg",
      subject="đơn giá xử lý chất thải điện tử, pin thải", period=I(Y23)),
    F("gần 457 triệu", "457", 457000000, "money", "đồng", approx="nearly",
      subject="tổng kinh phí xử lý", period=I(Y23)),
    F("đổi 2.360 phần", "2.360", 2360, "count", "phần quà",
      subject="phần quà các trường học đã đổi cho học sinh", period=DEC),
    F("trên 20.000 kg", "20.000", 20000, "measure", "kg", approx="over", status="target",
      subject="chất thải điện tử, pin thải thu gom", period=Y24),
    F("100% trường THCS", "100", 100, "percent", "%", status="target",
      subject="trường THCS có điểm thu gom", period=Y24),
    F("ít nhất 4 đợt", "4", 4, "count", "đợt", approx="at_least", status="target",
      subject="đợt Ngày hội tái chế", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH THÁI NGUYÊN', 'Số: 09/BC-UBND', 'Thái Nguyên, ngày 10 tháng 01 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: kg': rows are localities -> location (TP Thái Nguyên reduces to Thái Nguyên), subject = column label;",
    "'Các huyện' and 'Tổng cộng' are not places -> subject = column + row label, location Thái Nguyên. Period 'Năm 2023' inherited. No totals in tables.",
    "'bằng 116,5% kế hoạch (kế hoạch 16.000 kg)' -> percent 116.5 and target 16000 kg (met). 'Riêng tháng 12' takes 2023 from the nearest date.",
    "Section II heading 'NHIỆM VỤ NĂM 2024' + 'Phấn đấu' governs the three ';' clauses: target, period inherited.",
    "Distractors: 'Số: 09/BC-UBND', section numbers I./II./1.-3., 'lần thứ 3', 'b/c', 'TT Tỉnh ủy', signature block.",
]

if __name__ == "__main__":
    write("p1152-3", TEXT, NOTES, FIGS, published="2024-01-10", location="Thái Nguyên")
