import sys
from lib import F, P, I, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Yên, ngày 15 tháng 7 năm 2024

BÁO CÁO
Tình hình nuôi tôm hùm lồng và giao khu vực biển 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Nuôi tôm hùm lồng
Trong 6 tháng đầu năm 2024, toàn tỉnh thả nuôi 62.480 lồng tôm hùm, tăng 4.310 lồng so với cùng kỳ năm 2023; sản lượng thu hoạch ước đạt 1.085 tấn, bằng 54,3% kế hoạch năm. Giá tôm hùm bông bình quân 1,2 triệu đồng/kg, tôm hùm xanh 680.000 đồng/kg.

Bảng 1. Kết quả nuôi tôm hùm lồng theo địa phương
Địa phương | Số lồng (lồng) | Sản lượng (tấn) | Giá trị (tỷ đồng)
Thị xã Sông Cầu | 41.260 | 702 | 688,5
Huyện Tuy An | 9.850 | 176 | 170,2
Thị xã Đông Hòa | 11.370 | 207 | 198,6
Tổng cộng | 62.480 | 1.085 | 1.057,3

2. Giao khu vực biển
Đến ngày 30/6/2024, toàn tỉnh đã giao khu vực biển với tổng diện tích 418,6 ha cho 1.538 tổ chức, cá nhân nuôi trồng thủy sản, đạt 61,7% số trường hợp có nhu cầu. Trong đó, 12 doanh nghiệp được giao 95,4 ha; 1.526 hộ gia đình, cá nhân được giao 323,2 ha. Tiền sử dụng khu vực biển thu được 1,86 tỷ đồng.

II. KHÓ KHĂN, VƯỚNG MẮC
Bệnh sữa, bệnh đỏ thân làm hao hụt từ 15 - 25% số lồng nuôi tại các vùng nuôi mật độ cao; khoảng 3.200 lồng nuôi ngoài quy hoạch tại vịnh Xuân Đài chưa được di dời theo Quyết định số 2038/QĐ-UBND.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2024 đạt sản lượng 2.000 tấn tôm hùm; giao khu vực biển cho ít nhất 300 hộ nuôi.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, KT.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

TABLE = [
    # (row anchor prefix, location, lồng, tấn, tỷ đồng)
    ("Sông Cầu | ", "Sông Cầu", ("41.260", 41260), ("702", 702), ("688,5", 688.5)),
    ("Tuy An | ", "Tuy An", ("9.850", 9850), ("176", 176), ("170,2", 170.2)),
    ("Đông Hòa | ", "Đông Hòa", ("11.370", 11370), ("207", 207), ("198,6", 198.6)),
    ("Tổng cộng | ", "Phú Yên", ("62.480", 62480), ("1.085", 1085), ("1.057,3", 1057.3)),
]

FIGS = [
    F("thả nuôi 62.480 lồng", "62.480", 62480, "count", "lồng", "lồng tôm hùm thả nuôi", H1,
      change=CH("increase", 4310, unit="lồng", baseline="cùng kỳ năm 2023")),
    F("ước đạt 1.085 tấn", "1.085", 1085, "measure", "tấn", "sản lượng tôm hùm thu hoạch", H1, percent=54.3,
      status="estimate"),
    F("bình quân 1,2 triệu", "1,2", 1200000, "money", "đồng/kg", "giá tôm hùm bông bình quân", I(H1)),
    F("xanh 680.000 đồng/kg", "680.000", 680000, "money", "đồng/kg", "giá tôm hùm xanh", I(H1)),
]
for pre, loc, (n1, v1), (n2, v2), (n3, v3) in TABLE:
    # subject = column label + row label (FIGURES.md "Tables"); a place row label goes to location instead
    tot = " tổng cộng" if loc == "Phú Yên" else ""
    FIGS.append(F(f"{pre}{n1}", n1, v1, "count", "lồng", f"Số lồng{tot}", I(H1), location=loc))
    FIGS.append(F(f"{n1} | {n2}", n2, v2, "measure", "tấn", f"Sản lượng{tot}", I(H1), location=loc))
    FIGS.append(F(f"{n2} | {n3}", n3, v3 * 1e9, "money", "đồng", f"Giá trị{tot}", I(H1), location=loc))

FIGS += [
    F("tổng diện tích 418,6 ha", "418,6", 418.6, "measure", "ha", "tổng diện tích khu vực biển đã giao", ASOF),
    F("cho 1.538 tổ chức", "1.538", 1538, "count", "tổ chức, cá nhân",
      "tổ chức, cá nhân nuôi trồng thủy sản được giao khu vực biển", ASOF, percent=61.7),
    F("Trong đó, 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp được giao khu vực biển", I(ASOF),
      total=1538),
    F("được giao 95,4 ha", "95,4", 95.4, "measure", "ha", "diện tích khu vực biển giao cho doanh nghiệp", I(ASOF),
      total=418.6),
    F("1.526 hộ gia đình", "1.526", 1526, "count", "hộ gia đình, cá nhân",
      "hộ gia đình, cá nhân được giao khu vực biển", I(ASOF), total=1538),
    F("được giao 323,2 ha", "323,2", 323.2, "measure", "ha", "diện tích khu vực biển giao cho hộ gia đình, cá nhân",
      I(ASOF), total=418.6),
    F("thu được 1,86 tỷ", "1,86", 1860000000, "money", "đồng", "tiền sử dụng khu vực biển thu được", I(ASOF)),
    F("từ 15 - 25%", "15", 15, "percent", "%", "số lồng nuôi hao hụt do bệnh sữa, bệnh đỏ thân", value_max=25),
    F("khoảng 3.200 lồng", "3.200", 3200, "count", "lồng", "lồng nuôi ngoài quy hoạch chưa được di dời",
      approx="about"),
    F("sản lượng 2.000 tấn", "2.000", 2000, "measure", "tấn", "sản lượng tôm hùm", Y24, status="target"),
    F("ít nhất 300 hộ", "300", 300, "count", "hộ", "hộ nuôi được giao khu vực biển", Y24, approx="at_least",
      status="target"),
]

COMMENTS = [
    "UBND tỉnh Phú Yên, Báo cáo số 187/BC-UBND (15/7/2024): lobster cage farming and sea-area allocation, first half of 2024.",
    "Bảng 1 is flattened with '|': every numeric cell is a figure; row labels are places -> location (Tổng cộng -> Phú Yên);",
    "units from the column headers ('(tỷ đồng)' multiplies the value cells); no period in the table header, so the report's",
    "'6 tháng đầu năm 2024' is inherited (unscored); no Ước/Kế hoạch column, so cells are actual. Table cells get no total.",
    "'Trong đó' parts: the firms/households get the 1.538 whole, the areas the 418,6 ha whole.",
    "'tăng 4.310 lồng so với cùng kỳ năm 2023' is the change of 62.480 lồng (unit lồng).",
    "revised after the first scoring: table subjects were 'Số lồng nuôi tôm hùm [tổng cộng]' etc. (table title words added);",
    "FIGURES.md makes a table cell's subject its row label and column label, so now 'Số lồng', 'Sản lượng', 'Giá trị' (+ ' tổng cộng').",
    "Distractors: Số 187/BC-UBND, dateline, Bảng 1, section numbers I./1./2., Quyết định số 2038/QĐ-UBND.",
]

if __name__ == "__main__":
    sys.exit(1 if emit("p619-3", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Phú Yên") else 0)
