"""p794-3: UBND tỉnh Phú Yên formal report - ốc hương and sò huyết, 9 months 2024, flattened | table."""
from lib import F, build, chg, inh, per, tgt

TEXT = """UBND TỈNH PHÚ YÊN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Yên, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả nuôi ốc hương, sò huyết 9 tháng đầu năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
9 tháng đầu năm 2024, toàn tỉnh thả nuôi 284 ha ốc hương và 257 ha sò huyết, tổng cộng 541 ha, tăng 6,5% so với cùng kỳ năm 2023. Sản lượng thu hoạch đạt 1.770 tấn, đạt 73,8% kế hoạch năm, trong đó ốc hương 925 tấn, sò huyết 845 tấn. Giá trị sản xuất ước đạt 486 tỷ đồng, tăng 11,2% so với cùng kỳ. Chi tiết theo địa phương:

Đơn vị tính: diện tích - ha; sản lượng - tấn
Địa phương | Diện tích ốc hương | Sản lượng ốc hương | Diện tích sò huyết | Sản lượng sò huyết
TX Sông Cầu | 182 | 615 | 95 | 310
Huyện Tuy An | 64 | 198 | 140 | 465
TX Đông Hòa | 38 | 112 | 22 | 70
Tổng cộng | 284 | 925 | 257 | 845

Giá ốc hương thương phẩm bình quân 340.000 đồng/kg; sò huyết loại 40-50 con/kg từ 150.000 đến 170.000 đồng/kg.
2. Dịch bệnh
Trong kỳ có 12,5 ha ốc hương bị bệnh sưng vòi, chiếm 4,4% diện tích thả nuôi, tập trung tại xã Xuân Phương (TX Sông Cầu).
3. Tổ chức sản xuất
Toàn tỉnh có 3 hợp tác xã và 9 tổ hợp tác nuôi nhuyễn thể với 326 thành viên.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV/2024 thu hoạch thêm khoảng 650 tấn, nâng tổng sản lượng cả năm lên 2.420 tấn, vượt kế hoạch năm là 2.400 tấn. Sở Nông nghiệp và PTNT hướng dẫn thực hiện Công văn số 1874/SNN-TS ngày 20/9/2024 về phòng bệnh cho nhuyễn thể.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

P9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
I9 = inh(P9)
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
Y = per("cả năm", "2024-01-01", "2024-12-31")
DTO, SLO, DTS, SLS = "diện tích ốc hương", "sản lượng ốc hương", "diện tích sò huyết", "sản lượng sò huyết"


def cell(anchor, number, col, place, total_row=False):
    unit = "ha" if col.startswith("diện") else "tấn"
    kw = {} if total_row else {"location": place}
    subj = col + (" tổng cộng" if total_row else "")
    return F(anchor, number, float(number.replace(".", "")), "measure", unit, subj, I9, **kw)


FIGS = [
    F("thả nuôi 284 ha", "284", 284, "measure", "ha", "diện tích thả nuôi ốc hương", P9),
    F("và 257 ha", "257", 257, "measure", "ha", "diện tích thả nuôi sò huyết", P9),
    F("tổng cộng 541 ha", "541", 541, "measure", "ha", "diện tích thả nuôi ốc hương và sò huyết", P9,
      change=chg("increase", 6.5, baseline="cùng kỳ năm 2023")),
    F("đạt 1.770 tấn", "1.770", 1770, "measure", "tấn", "sản lượng thu hoạch", I9, percent=73.8),
    F("ốc hương 925 tấn", "925", 925, "measure", "tấn", "sản lượng ốc hương thu hoạch", I9, total=1770),
    F("sò huyết 845 tấn", "845", 845, "measure", "tấn", "sản lượng sò huyết thu hoạch", I9, total=1770),
    F("ước đạt 486 tỷ đồng", "486", 486e9, "money", "đồng", "giá trị sản xuất", I9, status="estimate",
      change=chg("increase", 11.2, baseline="cùng kỳ")),
    cell("Sông Cầu | 182", "182", DTO, "Sông Cầu"),
    cell("182 | 615", "615", SLO, "Sông Cầu"),
    cell("615 | 95", "95", DTS, "Sông Cầu"),
    cell("95 | 310", "310", SLS, "Sông Cầu"),
    cell("Tuy An | 64", "64", DTO, "Tuy An"),
    cell("64 | 198", "198", SLO, "Tuy An"),
    cell("198 | 140", "140", DTS, "Tuy An"),
    cell("140 | 465", "465", SLS, "Tuy An"),
    cell("Đông Hòa | 38", "38", DTO, "Đông Hòa"),
    cell("38 | 112", "112", SLO, "Đông Hòa"),
    cell("112 | 22", "22", DTS, "Đông Hòa"),
    cell("22 | 70", "70", SLS, "Đông Hòa"),
    cell("Tổng cộng | 284", "284", DTO, None, True),
    cell("284 | 925", "925", SLO, None, True),
    cell("925 | 257", "257", DTS, None, True),
    cell("257 | 845", "845", SLS, None, True),
    F("bình quân 340.000 đồng/kg", "340.000", 340000, "money", "đồng/kg", "giá ốc hương thương phẩm bình quân"),
    F("loại 40-50 con/kg", "40", 40, "measure", "con/kg", value_max=50, optional=True),
    F("từ 150.000 đến 170.000 đồng/kg", "150.000", 150000, "money", "đồng/kg", "giá sò huyết",
      value_max=170000),
    F("có 12,5 ha", "12,5", 12.5, "measure", "ha", "diện tích ốc hương bị bệnh sưng vòi", I9, percent=4.4),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã nuôi nhuyễn thể"),
    F("9 tổ hợp tác", "9", 9, "count", "tổ hợp tác", "tổ hợp tác nuôi nhuyễn thể"),
    F("với 326 thành viên", "326", 326, "count", "thành viên", "thành viên hợp tác xã, tổ hợp tác nuôi nhuyễn thể"),
    F("khoảng 650 tấn", "650", 650, "measure", "tấn", "sản lượng thu hoạch thêm", Q4, approx="about",
      status="forecast"),
    F("lên 2.420 tấn", "2.420", 2420, "measure", "tấn", "tổng sản lượng cả năm", Y, status="forecast",
      target=tgt(2400, "tấn", met=True)),
]

COMMENTS = [
    "Formal report (UBND tỉnh Phú Yên, Số: 287/BC-UBND, 15/10/2024): 9-month ốc hương and sò huyết area/output,",
    "flattened '|' table by town/district with a Tổng cộng row (Tổng cộng cells are Phú Yên figures of their own; cells get no totals).",
    "Table periods come from the report's 9-month line (another sentence): inherited. Table has no Ước/Kế hoạch column: actual.",
    "'đạt 73,8% kế hoạch năm' is the share of 1.770 tấn. 'vượt kế hoạch năm là 2.400 tấn' is the target of 2.420 (met).",
    "Distractors: Số: 287/BC-UBND, date line, section numbers I./II./1.-3., heading 'QUÝ IV/2024', Công văn số 1874/SNN-TS ngày 20/9/2024.",
    "'loại 40-50 con/kg' is a size class (optional). The 12,5 ha sick area is province-wide ('tập trung tại' Sông Cầu only says where most of it is; 4,4% is of the province's 284 ha).",
]

if __name__ == "__main__":
    build("p794-3", TEXT, FIGS, COMMENTS, published="2024-10-15", location="Phú Yên")
