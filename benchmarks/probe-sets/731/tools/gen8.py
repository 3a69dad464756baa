"""p731-8: xã Cẩm Tân commune portal (Cẩm Thủy, Thanh Hóa) — bamboo-rat cooperative, H1/2024."""
from lib import F, P, Y, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẨM TÂN - HUYỆN CẨM THỦY - TỈNH THANH HÓA
Tin tức > Kinh tế

HTX nuôi dúi Cẩm Tân thu 2,1 tỷ đồng trong 6 tháng
Ngày đăng: 10/07/2024 | Người viết: Ban Biên tập

Hợp tác xã Chăn nuôi dúi Cẩm Tân (thôn 5, xã Cẩm Tân) được thành lập tháng 3/2021 với 9 thành viên, đến nay đã có 27 thành viên, trong đó 11 hộ là hộ nghèo, cận nghèo.

Tính đến ngày 30/6/2024, tổng đàn dúi của HTX đạt 4.350 con, gồm 1.200 con dúi sinh sản và 3.150 con dúi thương phẩm. HTX đã được UBND xã ghi sổ theo dõi và cấp mã số cơ sở nuôi TH.CT-0215. Năm 2023, HTX được huyện hỗ trợ 150 triệu đồng xây dựng chuồng trại đảm bảo an toàn sinh học.

6 tháng đầu năm 2024, HTX xuất bán 3,8 tấn dúi thịt và 1.460 cặp dúi giống, doanh thu đạt 2,1 tỷ đồng, tăng 18,5% so với cùng kỳ năm 2023; lợi nhuận ước đạt 640 triệu đồng. Riêng quý II, doanh thu đạt 1.150,5 triệu đồng.

Giá bán dúi thịt của HTX ổn định ở mức 380.000 đồng/kg, dúi giống 750.000 đồng/cặp; thu nhập bình quân của thành viên đạt 7,5 triệu đồng/người/tháng.

Kế hoạch năm 2024, HTX phấn đấu phát triển tổng đàn lên 6.000 con, doanh thu đạt 4,5 tỷ đồng; đồng thời liên kết với 15 hộ trong xã nuôi dúi theo chuỗi. HTX nằm cạnh Quốc lộ 217, khách hàng có nhu cầu liên hệ số điện thoại 0915.326.478.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = P("đến nay", None, "2024-07-10")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
PLAN = Y(2024, "Kế hoạch năm 2024")

FIGS = [
    F("thu 2,1 tỷ đồng", "2,1", 2100000000, "money", "đồng", "doanh thu HTX nuôi dúi Cẩm Tân",
      P("6 tháng", "2024-01-01", "2024-06-30"),
      note="headline '6 tháng' without a year: the year of published (no earlier date in the article)"),
    F("với 9 thành viên", "9", 9, "count", "thành viên", "thành viên HTX khi thành lập",
      P("tháng 3/2021", "2021-03-01", "2021-03-31")),
    F("có 27 thành viên", "27", 27, "count", "thành viên", "thành viên HTX", NOW),
    F("11 hộ", "11", 11, "count", "hộ", "hộ nghèo, cận nghèo là thành viên HTX", NOW, total=27),
    F("đạt 4.350 con", "4.350", 4350, "count", "con", "tổng đàn dúi của HTX", ASOF),
    F("1.200 con", "1.200", 1200, "count", "con", "dúi sinh sản", ASOF, total=4350),
    F("3.150 con", "3.150", 3150, "count", "con", "dúi thương phẩm", ASOF, total=4350),
    F("hỗ trợ 150 triệu", "150", 150000000, "money", "đồng", "kinh phí huyện hỗ trợ xây dựng chuồng trại",
      Y(2023, "Năm 2023")),
    F("3,8 tấn", "3,8", 3.8, "measure", "tấn", "dúi thịt xuất bán", H1),
    F("1.460 cặp", "1.460", 1460, "count", "cặp", "dúi giống xuất bán", H1),
    F("doanh thu đạt 2,1 tỷ đồng", "2,1", 2100000000, "money", "đồng", "doanh thu của HTX", H1,
      change=CH("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("ước đạt 640 triệu", "640", 640000000, "money", "đồng", "lợi nhuận của HTX", H1, status="estimate"),
    F("1.150,5 triệu", "1.150,5", 1150500000, "money", "đồng", "doanh thu quý II",
      P("quý II", "2024-04-01", "2024-06-30"),
      note="'Riêng quý II' is no part cue: no total"),
    F("mức 380.000", "380.000", 380000, "money", "đồng/kg", "giá bán dúi thịt của HTX"),
    F("750.000 đồng/cặp", "750.000", 750000, "money", "đồng/cặp", "giá bán dúi giống của HTX"),
    F("7,5 triệu", "7,5", 7500000, "money", "đồng/người/tháng", "thu nhập bình quân của thành viên"),
    F("lên 6.000 con", "6.000", 6000, "count", "con", "tổng đàn dúi", PLAN, status="target"),
    F("đạt 4,5 tỷ đồng", "4,5", 4500000000, "money", "đồng", "doanh thu", PLAN, status="target"),
    F("với 15 hộ", "15", 15, "count", "hộ", "hộ liên kết nuôi dúi theo chuỗi", PLAN, status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Cẩm Tân (commune portal), huyện Cẩm Thủy, Thanh Hóa: HTX nuôi dúi — thành viên, tổng đàn, doanh thu 6 tháng 2024.",
    "'Ngày đăng: 10/07/2024' → published. Figures of the commune's cooperative → location the district Cẩm Thủy.",
    "Not figures: 'thôn 5', facility code 'TH.CT-0215', Quốc lộ 217, phone 0915.326.478, 'tháng 3/2021' (founding date).",
    "'trong đó 11 hộ' → total 27; 'gồm 1.200 … và 3.150' → total 4.350. 'đến nay' ends at the dateline. '1.150,5 triệu' Vietnamese",
    "decimal. 'Kế hoạch năm 2024, … phấn đấu' → target, continuing through 'đồng thời'. 'ổn định ở mức' gives no period.",
]

if __name__ == "__main__":
    emit("p731-8", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Cẩm Thủy")
