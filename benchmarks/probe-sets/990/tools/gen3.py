from lib import F, build, change, period

TEXT = """UBND TỈNH ĐỒNG THÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Đồng Tháp, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển du lịch nông nghiệp 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khách du lịch
Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy, 9 tháng đầu năm 2024, các điểm du lịch nông nghiệp, vườn trái cây trên địa bàn tỉnh đón 1.432 nghìn lượt khách, tăng 21,3% so với cùng kỳ, đạt 79,6% kế hoạch năm. Kết quả theo địa phương như sau:

Đơn vị tính: nghìn lượt khách
Địa phương | 9 tháng 2023 | 9 tháng 2024 | Kế hoạch năm 2024
Thành phố Sa Đéc | 415 | 498 | 620
Huyện Lai Vung | 236 | 301 | 380
Huyện Châu Thành | 182 | 224 | 290
Huyện Cao Lãnh | 348 | 409 | 510
Tổng cộng | 1.181 | 1.432 | 1.800

2. Cơ sở phục vụ du lịch
Tính đến 30/9/2024, toàn tỉnh có 64 điểm du lịch nông nghiệp, tăng 9 điểm so với cuối năm 2023; trong đó 23 điểm có dịch vụ lưu trú homestay với tổng cộng 410 phòng. Doanh thu ước đạt 512 tỷ đồng, chiếm 38,4% tổng thu du lịch toàn tỉnh.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV đón thêm khoảng 380 nghìn lượt khách, đưa tổng lượt khách cả năm lên trên 1,8 triệu lượt. Phấn đấu công nhận thêm 5 điểm du lịch đạt chuẩn OCOP; tổ chức Ngày hội Xoài Cao Lãnh lần thứ 2.

Nơi nhận:
- Bộ VHTTDL;
- TT.TU, TT.HĐND tỉnh;
- Lưu: VT, KGVX.
"""

M9_23 = period("9 tháng 2023", "2023-01-01", "2023-09-30")
M9_24 = period("9 tháng 2024", "2024-01-01", "2024-09-30")
KH24 = period("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
ASOF = period("Tính đến 30/9/2024", None, "2024-09-30")


def cells(label, loc, anchors, values):
    # Subject = row label + column label; a row label that is a place goes to location (FIGURES.md, Tables).
    out = []
    for (a, n), v, (col, per, st) in zip(anchors, values, [("9 tháng 2023", M9_23, None),
                                                         ("9 tháng 2024", M9_24, None),
                                                         ("Kế hoạch năm 2024", KH24, "target")]):
        out.append(F(a, n, v * 1000, "count", "lượt khách", f"{label}{col}".strip(),
                     status=st, period=per, location=loc))
    return out


FIGS = [
    F("đón 1.432 nghìn lượt khách", "1.432", 1_432_000, "count", "lượt khách",
      "lượt khách đến các điểm du lịch nông nghiệp, vườn trái cây", percent=79.6,
      change=change("increase", 21.3, baseline="cùng kỳ"),
      period=period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")),
]
FIGS += cells("", "Sa Đéc", [("Sa Đéc | 415", "415"), ("415 | 498", "498"), ("498 | 620", "620")], [415, 498, 620])
FIGS += cells("", "Lai Vung", [("Lai Vung | 236", "236"), ("236 | 301", "301"), ("301 | 380", "380")], [236, 301, 380])
FIGS += cells("", "Châu Thành", [("Châu Thành | 182", "182"), ("182 | 224", "224"), ("224 | 290", "290")], [182, 224, 290])
FIGS += cells("", "Cao Lãnh", [("Cao Lãnh | 348", "348"), ("348 | 409", "409"), ("409 | 510", "510")], [348, 409, 510])
FIGS += cells("Tổng cộng ", None, [("Tổng cộng | 1.181", "1.181"), ("1.181 | 1.432", "1.432"), ("1.432 | 1.800", "1.800")],
              [1181, 1432, 1800])
FIGS += [
    F("có 64 điểm", "64", 64, "count", "điểm du lịch nông nghiệp", "điểm du lịch nông nghiệp",
      change=change("increase", 9, unit="điểm", baseline="cuối năm 2023"), period=ASOF),
    F("trong đó 23 điểm", "23", 23, "count", "điểm", "điểm có dịch vụ lưu trú homestay", total=64, period=ASOF),
    F("410 phòng", "410", 410, "count", "phòng", "phòng homestay", period=ASOF),
    F("ước đạt 512 tỷ đồng", "512", 512e9, "money", "đồng", "doanh thu du lịch nông nghiệp", percent=38.4,
      status="estimate", period=period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)),
    F("khoảng 380 nghìn", "380", 380_000, "count", "lượt khách", "lượt khách đón thêm", approx="about",
      status="forecast", period=period("quý IV", "2024-10-01", "2024-12-31")),
    F("trên 1,8 triệu lượt", "1,8", 1_800_000, "count", "lượt", "tổng lượt khách cả năm", approx="over",
      status="forecast", period=period("cả năm", "2024-01-01", "2024-12-31")),
    F("thêm 5 điểm", "5", 5, "count", "điểm", "điểm du lịch đạt chuẩn OCOP được công nhận thêm",
      status="target", period=period("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)),
]
for f in FIGS:
    if f.get("location") is None:
        f.pop("location", None)

COMMENTS = [
    "Đồng Tháp formal report 'Số: 287/BC-UBND', 'Đồng Tháp, ngày 08 tháng 10 năm 2024', flattened '|' table.",
    "Table: 'Đơn vị tính: nghìn lượt khách' multiplies every cell by 1000; row label places -> location; period from column",
    "header (scored); 'Kế hoạch năm 2024' column -> status target. Table cells carry no total (the Tổng cộng row is its own figure).",
    "Distractors: 'Số: 287/BC-UBND', 'Nghị quyết số 05-NQ/TU', section numbers I./1./2./II., 'QUÝ IV/2024', 'lần thứ 2', signature block.",
    "revised after the first run: table subjects were 'lượt khách du lịch nông nghiệp <column>' (indicator taken from the caption);",
    "FIGURES.md makes a cell's subject its row label + column label with a place label moved to location, so now '<column>' / 'Tổng cộng <column>'.",
    "410 phòng after 'với tổng cộng' is not a part of the 23 điểm: no total. 'Phấn đấu công nhận thêm 5 điểm' under the tasks heading: target.",
]

if __name__ == "__main__":
    build("p990-3", TEXT, FIGS, COMMENTS, published="2024-10-08", location="Đồng Tháp")
