"""p557-4: Bộ Tài chính site, national tax revenue 5 months 2024, provinces, arrears, VAT refunds."""
from lib import F, P, I, CH, B, emit

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Tin Tài chính > Thuế - Phí
Ngày đăng: 14/06/2024 | Lượt xem: 2.046

Thu ngân sách 5 tháng ước đạt 51,9% dự toán

Theo báo cáo của Tổng cục Thuế, tổng thu ngân sách nhà nước do cơ quan thuế quản lý 5 tháng đầu năm 2024 ước đạt 804.300 tỷ đồng, bằng 51,9% dự toán, tăng 16,1% so với cùng kỳ năm 2023. Trong đó, thu từ dầu thô ước đạt 24.100 tỷ đồng; thu nội địa 780.200 tỷ đồng.

Có 49/63 địa phương đạt trên 45% dự toán thu nội địa. Các địa phương có tiến độ thu khá là Bắc Ninh (68,2%), Hải Phòng (63,5%), Quảng Ninh (61%) và Thanh Hóa (59,7%). Về quy mô, TP. Hồ Chí Minh và Hà Nội lần lượt thu được 215.060 tỷ đồng và 198.400 tỷ đồng.

Tổng số nợ thuế đến 31/5/2024 là 183.700 tỷ đồng, tăng 12,4% so với cuối năm 2023; trong đó nợ khó thu chiếm khoảng 31%. Toàn ngành đã thu hồi được 19.580 tỷ đồng tiền nợ thuế, thấp hơn 8% so với cùng kỳ.

Về hoàn thuế, cơ quan thuế đã ban hành 8.452 quyết định hoàn thuế giá trị gia tăng với tổng số tiền 58.150 tỷ đồng, bằng 37,5% dự toán chi hoàn thuế năm. Đến nay, hơn 1,2 triệu doanh nghiệp và hộ kinh doanh đã sử dụng hóa đơn điện tử; riêng hóa đơn khởi tạo từ máy tính tiền có khoảng 68.000 cơ sở đăng ký.

Tổng cục Thuế yêu cầu các cục thuế thực hiện nghiêm Thông tư số 80/2021/TT-BTC và Luật Quản lý thuế số 38/2019/QH14, phấn đấu thu nội địa cả năm 2024 tăng từ 5 đến 7% so với dự toán.

Cổng thông tin điện tử Bộ Tài chính - 28 Trần Hưng Đạo, Hà Nội - ĐT: (024) 2220.2828
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
H5 = P("5 tháng", "2024-01-01", "2024-05-31")
ASOF = P("đến 31/5/2024", end="2024-05-31")
NOW = P("Đến nay", end="2024-06-14")
TOT = B(804300)
SUBJ_P = "tiến độ thu nội địa so với dự toán"
SUBJ_S = "thu nội địa"

FIGS = [
    F("ước đạt 51,9% dự toán", "51,9", 51.9, "percent", "%", "thu ngân sách so với dự toán", H5, status="estimate"),
    F("ước đạt 804.300 tỷ đồng", "804.300", TOT, "money", "đồng",
      "tổng thu ngân sách nhà nước do cơ quan thuế quản lý", M5, percent=51.9,
      change=CH("increase", 16.1, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 24.100 tỷ đồng", "24.100", B(24100), "money", "đồng", "thu từ dầu thô", I(M5), total=TOT, status="estimate"),
    F("thu nội địa 780.200 tỷ", "780.200", B(780200), "money", "đồng", "thu nội địa", I(M5), total=TOT, status="estimate"),
    F("Có 49/63 địa phương", "49", 49, "count", "địa phương", "địa phương đạt trên 45% dự toán thu nội địa", I(M5),
      total=63),
    F("trên 45% dự toán", "45", 45, "percent", "%", "dự toán thu nội địa", approx="over", optional=True),
    F("Bắc Ninh (68,2%)", "68,2", 68.2, "percent", "%", SUBJ_P, I(M5), location="Bắc Ninh"),
    F("Hải Phòng (63,5%)", "63,5", 63.5, "percent", "%", SUBJ_P, I(M5), location="Hải Phòng"),
    F("Quảng Ninh (61%)", "61", 61, "percent", "%", SUBJ_P, I(M5), location="Quảng Ninh"),
    F("Thanh Hóa (59,7%)", "59,7", 59.7, "percent", "%", SUBJ_P, I(M5), location="Thanh Hóa"),
    F("được 215.060 tỷ đồng", "215.060", B(215060), "money", "đồng", SUBJ_S, I(M5),
      location="Thành phố Hồ Chí Minh"),
    F("và 198.400 tỷ đồng", "198.400", B(198400), "money", "đồng", SUBJ_S, I(M5), location="Hà Nội"),
    F("là 183.700 tỷ đồng", "183.700", B(183700), "money", "đồng", "tổng số nợ thuế", ASOF,
      change=CH("increase", 12.4, baseline="cuối năm 2023")),
    F("chiếm khoảng 31%", "31", 31, "percent", "%", "nợ khó thu", ASOF, approx="about"),
    F("được 19.580 tỷ đồng", "19.580", B(19580), "money", "đồng", "tiền nợ thuế thu hồi được",
      change=CH("decrease", 8, baseline="cùng kỳ")),
    F("ban hành 8.452 quyết định", "8.452", 8452, "count", "quyết định", "quyết định hoàn thuế giá trị gia tăng"),
    F("số tiền 58.150 tỷ đồng", "58.150", B(58150), "money", "đồng", "tổng số tiền hoàn thuế giá trị gia tăng",
      percent=37.5),
    F("hơn 1,2 triệu doanh nghiệp", "1,2", 1_200_000, "count", "doanh nghiệp và hộ kinh doanh",
      "doanh nghiệp và hộ kinh doanh sử dụng hóa đơn điện tử", NOW, approx="over"),
    F("khoảng 68.000 cơ sở", "68.000", 68000, "count", "cơ sở", "cơ sở đăng ký hóa đơn khởi tạo từ máy tính tiền",
      NOW, approx="about"),
    F("tăng từ 5 đến 7%", "5", 5, "percent", "%", "thu nội địa so với dự toán",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), value_max=7, status="target"),
]

COMMENTS = [
    "Bộ Tài chính portal ('Ngày đăng: 14/06/2024 | Lượt xem: 2.046'): thu NSNN do cơ quan thuế quản lý 5 tháng 2024, national (invented).",
    "Default location Việt Nam; provinces in the lists are the items' location, the list indicator is the subject.",
    "'nợ khó thu chiếm khoảng 31%' has no base amount in its clause: a percent figure. 'tăng từ 5 đến 7% so với dự toán' as the claim",
    "of a target = percent figure (range), no change. 'Đến nay' ends at the dateline. Threshold 'trên 45%' optional.",
    "Distractors: Lượt xem, Thông tư số 80/2021/TT-BTC, Luật Quản lý thuế số 38/2019/QH14, 28 Trần Hưng Đạo, (024) 2220.2828.",
]

if __name__ == "__main__":
    emit("p557-4", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Việt Nam")
