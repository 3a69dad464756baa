"""p1093-3: formal report (UBND tỉnh Bình Thuận), 9 months 2023, flattened '|' table of area by district."""
from lib import F, P, I, C, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Thuận, ngày 16 tháng 10 năm 2023

BÁO CÁO
Kết quả phát triển cây măng tây 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2023, toàn tỉnh có 146,5 ha măng tây, tăng 21,3 ha so với cùng kỳ. Sản lượng 9 tháng ước đạt 1.052 tấn, bằng 78,5% kế hoạch năm. Diện tích phân theo địa phương như sau:

Đơn vị tính: ha
STT | Địa phương | Năm 2022 | Đến 30/9/2023 | Kế hoạch năm 2024
1 | Hàm Thuận Bắc | 52,0 | 61,5 | 75
2 | Bắc Bình | 31,2 | 38,0 | 45
3 | Tuy Phong | 24,5 | 29,0 | 35
4 | Hàm Tân | 12,3 | 18,0 | 25
 | Tổng cộng | 120,0 | 146,5 | 180

2. Năng suất, giá bán và tiêu thụ
Năng suất bình quân đạt 9,8 tấn/ha/năm. Giá bán bình quân 9 tháng năm 2023 đạt 48.500 đồng/kg, giảm 6,2% so với cùng kỳ do nguồn cung tăng. Có 2 hợp tác xã và 1 doanh nghiệp ký hợp đồng bao tiêu với 87 hộ dân; sản lượng tiêu thụ qua liên kết đạt 640 tấn, chiếm 60,8% tổng sản lượng.

3. Kinh phí hỗ trợ
Từ đầu năm đến nay, ngân sách tỉnh hỗ trợ 1,85 tỷ đồng cho 23,5 ha trồng mới theo Nghị quyết số 09/2021/NQ-HĐND. Mức hỗ trợ tối đa 80 triệu đồng/ha.

II. PHƯƠNG HƯỚNG QUÝ IV/2023
Phấn đấu sản lượng cả năm đạt 1.340 tấn; dự kiến xuất khẩu thử nghiệm 20 tấn măng tây sang thị trường Singapore. Tiếp tục hướng dẫn nông dân ghi chép nhật ký sản xuất, xây dựng mã số vùng trồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

AS_OF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Đến 30/9/2023", None, "2023-09-30")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-16")
YEAR = P("cả năm", "2023-01-01", "2023-12-31")
Q4 = P("QUÝ IV/2023", "2023-10-01", "2023-12-31")

ROWS = [("Hàm Thuận Bắc", ("52,0", "61,5", "75")), ("Bắc Bình", ("31,2", "38,0", "45")),
        ("Tuy Phong", ("24,5", "29,0", "35")), ("Hàm Tân", ("12,3", "18,0", "25")),
        ("Tổng cộng", ("120,0", "146,5", "180"))]
COLS = [("năm 2022", Y22, "actual"), ("đến 30/9/2023", C23, "actual"), ("kế hoạch năm 2024", K24, "target")]


def cells():
    out = []
    for place, nums in ROWS:
        line = f"| {place} | {' | '.join(nums)}"
        for i, (num, (label, per, status)) in enumerate(zip(nums, COLS)):
            # anchor: the cell with its neighbours, unique in the article
            if i == 0:
                anchor = f"{place} | {num} |"
            elif i == 1:
                anchor = f"| {nums[0]} | {num} |"
            else:
                anchor = f"| {nums[1]} | {num}"
            assert anchor in line
            total = place == "Tổng cộng"
            kw = dict(status=status) if status != "actual" else {}
            if not total:
                kw["location"] = place
            subj = f"diện tích măng tây {'tổng cộng ' if total else ''}{label}"
            from lib import number_value
            out.append(F(anchor, num, number_value(num), "measure", "ha", subj, per, **kw))
    return out


FIGS = [
    F("có 146,5 ha", "146,5", 146.5, "measure", "ha", "diện tích măng tây", AS_OF,
      change=C("increase", 21.3, "ha", "cùng kỳ")),
    F("ước đạt 1.052 tấn", "1.052", 1052, "measure", "tấn", "sản lượng măng tây", P("9 tháng", "2023-01-01", "2023-09-30"),
      status="estimate", percent=78.5),
] + cells() + [
    F("đạt 9,8 tấn/ha/năm", "9,8", 9.8, "measure", "tấn/ha/năm", "năng suất bình quân", I(M9)),
    F("đạt 48.500 đồng/kg", "48.500", 48500, "money", "đồng/kg", "giá bán bình quân", M9,
      change=C("decrease", 6.2, "%", "cùng kỳ")),
    F("Có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã ký hợp đồng bao tiêu", I(M9)),
    F("1 doanh nghiệp", "1", 1, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng bao tiêu", I(M9)),
    F("với 87 hộ dân", "87", 87, "count", "hộ dân", "hộ dân ký hợp đồng bao tiêu", I(M9)),
    F("đạt 640 tấn", "640", 640, "measure", "tấn", "sản lượng tiêu thụ qua liên kết", I(M9), percent=60.8),
    F("hỗ trợ 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "ngân sách tỉnh hỗ trợ trồng mới măng tây", YTD),
    F("cho 23,5 ha", "23,5", 23.5, "measure", "ha", "diện tích trồng mới được hỗ trợ", YTD),
    F("tối đa 80 triệu đồng/ha", "80", 80e6, "money", "đồng/ha", "mức hỗ trợ", approx="at_most"),
    F("đạt 1.340 tấn", "1.340", 1340, "measure", "tấn", "sản lượng măng tây cả năm", YEAR, status="target"),
    F("thử nghiệm 20 tấn", "20", 20, "measure", "tấn", "măng tây xuất khẩu thử nghiệm sang Singapore", I(Q4),
      status="forecast"),
]

NOTES = [
    "Formal report (UBND tỉnh Bình Thuận, Số: 318/BC-UBND, 16/10/2023): asparagus area, output, prices and support, 9 months 2023.",
    "Flattened '|' table (Đơn vị tính: ha): every cell is a figure, district -> location, period and status from the column header",
    "('Kế hoạch năm 2024' -> target); the 'Tổng cộng' row is Bình Thuận. STT numbers are not figures. Table cells get no totals.",
    "'bằng 78,5% kế hoạch năm' is the share of 1.052 tấn (percent 78.5); the plan 1.340 tấn stands later as a target figure",
    "  of its own, so 1.052 tấn carries no target attribute. 'Sản lượng 9 tháng' takes 2023 from 'Tính đến ngày 30/9/2023'.",
    "'giảm 6,2% so với cùng kỳ' is the change of 48.500 đồng/kg.",
    "Mức hỗ trợ tối đa 80 triệu đồng/ha is the resolution's cap: no period. 'cả năm' takes 2023 from the heading QUÝ IV/2023.",
]

write("p1093-3", TEXT, NOTES, FIGS, published="2023-10-16", location="Bình Thuận")
