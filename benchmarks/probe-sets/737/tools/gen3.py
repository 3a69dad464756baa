from lib import *

TEXT = """UBND TỈNH QUẢNG NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 412/BC-UBND
Quảng Ninh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển du lịch chăm sóc sức khỏe gắn với khoáng nóng 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khách du lịch và doanh thu
9 tháng năm 2024, các cơ sở tắm khoáng nóng, spa trên địa bàn tỉnh phục vụ khoảng 1,34 triệu lượt khách, tăng 12,8% so với cùng kỳ năm 2023, đạt 76,6% kế hoạch năm; doanh thu ước đạt 1.126,4 tỷ đồng. Thành phố Cẩm Phả tiếp tục dẫn đầu với 71% tổng lượt khách.

Bảng 1. Lượt khách tắm khoáng nóng theo địa bàn (Đơn vị tính: nghìn lượt khách)
Địa bàn | Kế hoạch năm 2024 | Ước 9 tháng năm 2024 | Cùng kỳ năm 2023
Cẩm Phả | 1.250 | 951,4 | 842,6
Hạ Long | 320 | 247,8 | 226,3
Móng Cái | 180 | 140,8 | 118,9

2. Cơ sở vật chất
Đến 30/9/2024, toàn tỉnh có 23 cơ sở kinh doanh dịch vụ tắm khoáng nóng, tăng 3 cơ sở so với cuối năm 2023, trong đó 6 cơ sở đạt tiêu chuẩn phục vụ khách quốc tế. Tổ hợp khách sạn khoáng nóng Yoko Onsen Quang Hanh (phường Quang Hanh, TP Cẩm Phả) có 254 phòng, công suất phòng bình quân 9 tháng đạt 68,5%.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 đón 1,75 triệu lượt khách, doanh thu đạt 1.500 tỷ đồng; hoàn thành thẩm định 2 dự án khu nghỉ dưỡng khoáng nóng tại Vân Đồn với tổng vốn dự kiến khoảng 4.200 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX2.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
UOC = P("Ước 9 tháng năm 2024", "2024-01-01", "2024-09-30")
CK = P("Cùng kỳ năm 2023", "2023-01-01", "2023-09-30")
SUBJ = "lượt khách tắm khoáng nóng"


def row(place, cells, anchors):
    out = []
    for (num, val), anc, (per, st, col) in zip(cells, anchors, ((KH, "target", "kế hoạch năm 2024"),
                                                                (UOC, "estimate", "ước 9 tháng năm 2024"),
                                                                (CK, "actual", "cùng kỳ năm 2023"))):
        kw = {"status": st} if st != "actual" else {}
        out.append(F(anc, num, val, "count", "lượt khách", f"{SUBJ} {col}", per, location=place, **kw))
    return out


FIGS = [
    F("khoảng 1,34 triệu", "1,34", 1340000, "count", "lượt khách", "lượt khách các cơ sở tắm khoáng nóng, spa", M9,
      approx="about", percent=76.6, change=CH("increase", 12.8, baseline="cùng kỳ năm 2023")),
    F("1.126,4 tỷ đồng", "1.126,4", 1126.4e9, "money", "đồng", "doanh thu", M9, status="estimate"),
    F("với 71%", "71", 71, "percent", "%", "tỷ trọng trong tổng lượt khách", I(M9), location="Cẩm Phả"),
]
FIGS += row("Cẩm Phả", [("1.250", 1250000), ("951,4", 951400), ("842,6", 842600)],
            ["Cẩm Phả | 1.250", "| 951,4 |", "| 842,6"])
FIGS += row("Hạ Long", [("320", 320000), ("247,8", 247800), ("226,3", 226300)],
            ["Hạ Long | 320", "| 247,8 |", "| 226,3"])
FIGS += row("Móng Cái", [("180", 180000), ("140,8", 140800), ("118,9", 118900)],
            ["Móng Cái | 180", "| 140,8 |", "| 118,9"])
FIGS += [
    F("có 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở kinh doanh dịch vụ tắm khoáng nóng",
      P("Đến 30/9/2024", None, "2024-09-30"), change=CH("increase", 3, "cơ sở", baseline="cuối năm 2023")),
    F("6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở đạt tiêu chuẩn phục vụ khách quốc tế",
      P("Đến 30/9/2024", None, "2024-09-30"), total=23),
    F("254 phòng", "254", 254, "count", "phòng", "phòng Tổ hợp khách sạn khoáng nóng Yoko Onsen Quang Hanh", location="Cẩm Phả"),
    F("đạt 68,5%", "68,5", 68.5, "percent", "%", "công suất phòng bình quân", P("9 tháng", "2024-01-01", "2024-09-30"),
      location="Cẩm Phả"),
    F("1,75 triệu", "1,75", 1750000, "count", "lượt khách", "lượt khách", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "doanh thu", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("2 dự án", "2", 2, "count", "dự án", "dự án khu nghỉ dưỡng khoáng nóng hoàn thành thẩm định", status="target",
      location="Vân Đồn"),
    F("khoảng 4.200 tỷ đồng", "4.200", 4200e9, "money", "đồng", "tổng vốn dự án khu nghỉ dưỡng khoáng nóng",
      approx="about", status="forecast", location="Vân Đồn"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND TỈNH QUẢNG NINH, Số: 412/BC-UBND, place-and-date line 08/10/2024): 9 months of 2024.",
    "Flattened '|' table, 'Đơn vị tính: nghìn lượt khách' (×1000). Columns give period and status: 'Kế hoạch năm 2024' target,",
    "'Ước 9 tháng năm 2024' estimate, 'Cùng kỳ năm 2023' actual for Jan-Sep 2023 (the same 9 months). Row labels are cities: location.",
    "'tăng 3 cơ sở so với cuối năm 2023' is the change of 23 cơ sở. '2 dự án' is a target (governed by 'Phấn đấu'); its capital carries",
    "its own 'dự kiến': forecast. Yoko Onsen Quang Hanh is placed in TP Cẩm Phả in its own sentence. Not figures: Số 412/BC-UBND, 'Bảng 1',",
    "section numbers I./1./2./II., 'QUÝ IV/2024' heading, 'VX2'.",
]

emit("p737-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Ninh")
