"""p1162-3: formal report (UBND tỉnh Hà Tĩnh) on private pharmacy practice 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 09/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 12 tháng 01 năm 2024

BÁO CÁO
Kết quả quản lý hành nghề dược tư nhân năm 2023

I. TÌNH HÌNH CHUNG
Tính đến ngày 31/12/2023, toàn tỉnh có 1.658 cơ sở bán lẻ thuốc, gồm 312 nhà thuốc, 1.297 quầy thuốc và 49 tủ thuốc trạm y tế xã, với 1.935 người hành nghề dược (trong đó 402 dược sĩ đại học). Trong năm, Sở Y tế cấp mới 214 chứng chỉ hành nghề dược, thu hồi 11 chứng chỉ.

II. KẾT QUẢ THANH TRA, KIỂM TRA
1. Năm 2023, Thanh tra Sở Y tế chủ trì, phối hợp với Phòng Y tế các huyện thanh tra, kiểm tra 1.032 cơ sở, bằng 62,2% tổng số cơ sở; xử phạt 74 cơ sở vi phạm với số tiền 842,5 triệu đồng, tăng 18,6% so với năm 2022.

2. Kết quả theo địa bàn
Đơn vị tính: cơ sở
Địa bàn | Số cơ sở bán lẻ thuốc | Số cơ sở được kiểm tra | Số cơ sở bị xử phạt
TP Hà Tĩnh | 286 | 205 | 17
Thị xã Hồng Lĩnh | 98 | 71 | 6
Huyện Can Lộc | 174 | 112 | 9
Huyện Thạch Hà | 201 | 128 | 11
Các huyện còn lại | 899 | 516 | 31
Tổng cộng | 1.658 | 1.032 | 74

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu thanh tra, kiểm tra khoảng 1.100 cơ sở; 100% cơ sở bán lẻ thuốc kết nối liên thông trước ngày 30/6/2024. Dự kiến năm 2024 cấp mới từ 180 đến 200 chứng chỉ hành nghề dược.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
INYEAR = P("Trong năm", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
PLAN = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
BY630 = P("trước ngày 30/6/2024", None, "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

COLS = ["Số cơ sở bán lẻ thuốc", "Số cơ sở được kiểm tra", "Số cơ sở bị xử phạt"]
ROWS = [("TP Hà Tĩnh", "Hà Tĩnh", ["286", "205", "17"]),
        ("Thị xã Hồng Lĩnh", "Hồng Lĩnh", ["98", "71", "6"]),
        ("Huyện Can Lộc", "Can Lộc", ["174", "112", "9"]),
        ("Huyện Thạch Hà", "Thạch Hà", ["201", "128", "11"]),
        ("Các huyện còn lại", None, ["899", "516", "31"]),
        ("Tổng cộng", None, ["1.658", "1.032", "74"])]


def table():
    out = []
    for label, place, cells in ROWS:
        prev = label
        for col, num in zip(COLS, cells):
            anchor = f"{prev} | {num}"
            per = I(ASOF) if col == COLS[0] else I(Y23)
            subj = col if place else f"{col} {label.lower()}"
            kw = {"location": place} if place else {}
            out.append(F(anchor, num, float(num.replace(".", "")), "count", "cơ sở", subject=subj, period=per, **kw))
            prev = num
    return out


FIGS = [
    F("có 1.658 cơ sở", "1.658", 1658, "count", "cơ sở bán lẻ thuốc", subject="cơ sở bán lẻ thuốc toàn tỉnh",
      period=ASOF),
    F("gồm 312 nhà thuốc", "312", 312, "count", "nhà thuốc", total=1658, subject="nhà thuốc", period=ASOF),
    F("1.297 quầy thuốc", "1.297", 1297, "count", "quầy thuốc", total=1658, subject="quầy thuốc", period=ASOF),
    F("49 tủ thuốc", "49", 49, "count", "tủ thuốc trạm y tế xã", total=1658, subject="tủ thuốc trạm y tế xã",
      period=ASOF),
    F("với 1.935 người", "1.935", 1935, "count", "người", subject="người hành nghề dược", period=ASOF),
    F("đó 402 dược sĩ", "402", 402, "count", "dược sĩ đại học", total=1935,
      subject="dược sĩ đại học hành nghề dược", period=ASOF),
    F("cấp mới 214 chứng chỉ", "214", 214, "count", "chứng chỉ hành nghề dược",
      subject="chứng chỉ hành nghề dược cấp mới", period=INYEAR),
    F("thu hồi 11 chứng chỉ", "11", 11, "count", "chứng chỉ", subject="chứng chỉ hành nghề dược thu hồi",
      period=INYEAR),
    F("kiểm tra 1.032 cơ sở", "1.032", 1032, "count", "cơ sở", percent=62.2,
      subject="cơ sở được thanh tra, kiểm tra", period=Y23),
    F("xử phạt 74 cơ sở", "74", 74, "count", "cơ sở", subject="cơ sở vi phạm bị xử phạt", period=Y23),
    F("842,5 triệu", "842,5", 842500000, "money", "đồng", change=C("increase", 18.6, "%", "năm 2022"),
      subject="số tiền xử phạt", period=Y23),
] + table() + [
    F("khoảng 1.100 cơ sở", "1.100", 1100, "count", "cơ sở", approx="about", status="target",
      subject="cơ sở được thanh tra, kiểm tra", period=PLAN),
    F("; 100% cơ sở", "100", 100, "percent", "%", status="target", period=BY630,
      subject="tỷ lệ cơ sở bán lẻ thuốc kết nối liên thông"),
    F("từ 180 đến 200", "180", 180, "count", "chứng chỉ hành nghề dược", value_max=200, status="forecast",
      subject="chứng chỉ hành nghề dược cấp mới", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ TĨNH', 'Số: 09/BC-UBND', 'Hà Tĩnh, ngày 12 tháng 01 năm 2024', sections I-III, 1-2, 'Nơi nhận'.",
    "Distractors: document number, section numbers I/II/III and 1./2., heading years, 'Lưu: VT, KGVX'.",
    "312 + 1.297 + 49 = 1.658 after 'gồm'; 402 in the bracket after 'trong đó' is part of the 1.935 people.",
    "'Trong năm' in an annual report dated 2024 that reports on 2023 = 2023 (nearest earlier date 31/12/2023).",
    "'bằng 62,2% tổng số cơ sở' is a share (percent), the whole's number is not in the cue: no total.",
    "Flattened | table, 'Đơn vị tính: cơ sở': place rows give location and the column label is the subject; 'Các huyện còn lại' and",
    "'Tổng cộng' rows keep the province and add the row label to the subject. Cell periods come from the report (inherited).",
    "Section III: 'Phấn đấu' governs the clause after ';' (target, deadline 30/6/2024); 'Dự kiến năm 2024' is a forecast.",
]

if __name__ == "__main__":
    write("p1162-3", TEXT, NOTES, FIGS, published="2024-01-12", location="Hà Tĩnh")
