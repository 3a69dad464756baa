"""p1393-4: provincial newspaper (Báo Bình Thuận, tag BTO), the Phú Quý desalination plant."""
from lib import F, asof, change, period, write, year

TEXT = """BÁO BÌNH THUẬN ĐIỆN TỬ
Kinh tế | Xã hội | Biển đảo | Du lịch

Phú Quý: Hơn 2.100 hộ dân dùng nước ngọt từ nhà máy lọc nước biển

Thứ Sáu, 07/06/2024 | 15:20

Sau gần 2 năm hoạt động, nhà máy lọc nước biển trên huyện đảo Phú Quý đã trở thành nguồn cấp nước ngọt quan trọng, nhất là vào mùa khô.

(BTO) - Trong 5 tháng đầu năm 2024, Nhà máy lọc nước biển Tam Thanh cung cấp khoảng 96.000 m3 nước ngọt cho người dân, tăng 24% so với cùng kỳ năm 2023.

Nhà máy do Công ty TNHH Cấp nước Hải Đăng Phú Quý đầu tư, khánh thành tháng 9/2022 với công suất 1.000 m3/ngày đêm, hiện vận hành ở mức 640-700 m3/ngày đêm. Đến cuối tháng 5/2024, công ty đã đấu nối cho 2.136 hộ dân của 3 xã Tam Thanh, Long Hải và Ngũ Phụng, tăng 312 hộ so với cuối năm 2023. Giá bán hiện là 16.000 đồng/m3 đối với hộ gia đình và 28.000 đồng/m3 đối với cơ sở kinh doanh dịch vụ.

Ông Lê Văn Tùng, Giám đốc công ty cho biết: “Mỗi mét khối nước ngọt tiêu tốn khoảng 4,5 kWh điện, riêng tiền điện chiếm gần 45% giá thành”.

Ngoài nhà máy, Phú Quý còn có hồ chứa nước ngọt Ngũ Phụng dung tích 240.000 m3 và khoảng 6.300 giếng đào, giếng khoan của người dân. Theo UBND huyện, năm nay có khoảng 15-20% số giếng bị nhiễm mặn hoặc cạn nước vào mùa khô. Về công suất lọc nước biển, Phú Quý đứng thứ 2 trong các huyện đảo cả nước, sau Lý Sơn.

Huyện dự kiến đầu tư thêm 35 tỷ đồng để nâng công suất nhà máy lên 2.000 m3/ngày đêm. Mục tiêu đến năm 2025, 60% hộ dân trên đảo dùng nước từ nhà máy.

QUANG THỊNH
"""

M5 = period("Trong 5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
MAY = asof("Đến cuối tháng 5/2024", "2024-05-31")
NOW = year("năm nay", 2024)
TO25 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    F("Hơn 2.100 hộ", "2.100", 2100, "count", "hộ", "hộ dân dùng nước ngọt từ nhà máy lọc nước biển",
      approx="over"),
    F("gần 2 năm", "2", 2, "measure", "năm", "thời gian hoạt động của nhà máy", approx="nearly", optional=True),
    F("khoảng 96.000 m3", "96.000", 96000, "measure", "m3", "nước ngọt Nhà máy lọc nước biển Tam Thanh cung cấp",
      M5, approx="about", change=change("increase", 24, "%", "cùng kỳ năm 2023")),
    F("suất 1.000 m3", "1.000", 1000, "measure", "m3/ngày đêm", "công suất nhà máy"),
    F("mức 640-700", "640", 640, "measure", "m3/ngày đêm", "mức vận hành hiện nay của nhà máy", value_max=700),
    F("cho 2.136 hộ", "2.136", 2136, "count", "hộ", "hộ dân được đấu nối", MAY,
      change=change("increase", 312, "hộ", "cuối năm 2023")),
    F("của 3 xã", "3", 3, "count", "xã", "xã có hộ dân được đấu nối", MAY),
    F("là 16.000 đồng", "16.000", 16000, "money", "đồng/m3", "giá bán nước đối với hộ gia đình"),
    F("và 28.000 đồng", "28.000", 28000, "money", "đồng/m3", "giá bán nước đối với cơ sở kinh doanh dịch vụ"),
    F("khoảng 4,5 kWh", "4,5", 4.5, "measure", "kWh/m3", "điện tiêu tốn cho mỗi mét khối nước ngọt",
      approx="about"),
    F("gần 45%", "45", 45, "percent", "%", "tỷ trọng tiền điện trong giá thành", approx="nearly"),
    F("dung tích 240.000 m3", "240.000", 240000, "measure", "m3", "dung tích hồ chứa nước ngọt Ngũ Phụng"),
    F("khoảng 6.300 giếng", "6.300", 6300, "count", "giếng", "giếng đào, giếng khoan của người dân",
      approx="about"),
    F("khoảng 15-20%", "15", 15, "percent", "%", "tỷ lệ giếng bị nhiễm mặn hoặc cạn nước vào mùa khô", NOW,
      value_max=20, approx="about"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "công suất lọc nước biển trong các huyện đảo cả nước"),
    F("thêm 35 tỷ", "35", 35e9, "money", "đồng", "vốn đầu tư thêm để nâng công suất nhà máy", status="forecast"),
    F("lên 2.000 m3", "2.000", 2000, "measure", "m3/ngày đêm", "công suất nhà máy sau nâng cấp", status="forecast"),
    F("60% hộ", "60", 60, "percent", "%", "tỷ lệ hộ dân trên đảo dùng nước từ nhà máy", TO25, status="target"),
]

NOTES = [
    "Provincial newspaper (Báo Bình Thuận): headline figure, 'Thứ Sáu, 07/06/2024 | 15:20', sapo, tag '(BTO) -', quote, byline.",
    "Distractors: 'tháng 9/2022' (opening date), 'cuối năm 2023' baseline, '15:20', quotation marks, the byline.",
    "'gần 2 năm hoạt động' is the plant's age, a duration that frames the story: optional.",
    "'Mỗi mét khối ... khoảng 4,5 kWh' is a rate (kWh/m3). 'riêng tiền điện chiếm gần 45% giá thành' has no amount: a percent figure.",
    "'năm nay' takes the year of the dateline (2024). The rank 'đứng thứ 2 trong các huyện đảo cả nước' is located in Phú Quý.",
    "Capacities, prices with 'hiện' and the forecast investment have no period; the target clause has 'đến năm 2025'.",
]

if __name__ == "__main__":
    write("p1393-4", TEXT, NOTES, FIGS, published="2024-06-07", location="Phú Quý")
