"""p506-5: Báo Hải Dương (Party newspaper) — KCN workers, income, bonuses, worker housing; byline and date at the end."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BÁO HẢI DƯƠNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HẢI DƯƠNG
Kinh tế » Công nghiệp

Các khu công nghiệp thu hút hơn 150 nghìn lao động

Nhu cầu tuyển dụng tăng trở lại, song nhà ở cho công nhân vẫn là bài toán khó với các khu công nghiệp của Hải Dương.

Theo Ban Quản lý các KCN tỉnh, tính đến hết tháng 2/2024, 11 KCN đang hoạt động trên địa bàn tỉnh thu hút 152.860 lao động, tăng 4,6% so với cùng kỳ năm 2023. Trong đó, lao động nữ 95.120 người, chiếm 62,2%; lao động ngoại tỉnh 41.300 người. Số lao động có trình độ cao đẳng, đại học trở lên chiếm khoảng 12%.

Thu nhập bình quân của người lao động trong các KCN năm 2023 đạt 9,1 triệu đồng/người/tháng, tăng 6,5% so với năm 2022. Mức thưởng Tết Nguyên đán Giáp Thìn bình quân 6,3 triệu đồng/người; cao nhất 520 triệu đồng/người tại một doanh nghiệp vốn Nhật Bản ở KCN Đại An.

Trong quý I/2024, các doanh nghiệp có nhu cầu tuyển dụng khoảng 8.000 lao động, chủ yếu lao động phổ thông ngành dệt may, điện tử. Riêng Công ty TNHH Ford Việt Nam cần tuyển hơn 300 công nhân lắp ráp.

Tuy nhiên, hiện các KCN mới có 3 dự án nhà ở công nhân với khoảng 2.400 căn hộ; tỷ lệ đáp ứng nhu cầu nhà ở của công nhân chưa đến 15%. Nhiều công nhân vẫn phải thuê trọ dọc Quốc lộ 5 và đường 390 với giá từ 1,2 đến 1,8 triệu đồng/phòng/tháng. Tỉnh phấn đấu đến năm 2025 hoàn thành ít nhất 10.000 căn hộ nhà ở xã hội cho công nhân theo Đề án 1 triệu căn hộ của Chính phủ.

THÀNH CHUNG
16/03/2024
"""

ASOF = P("tính đến hết tháng 2/2024", None, "2024-02-29")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 150 nghìn lao động", "150", 150000, "count", "lao động", "lao động các khu công nghiệp thu hút", approx="over"),
    F("2/2024, 11 KCN", "11", 11, "count", "KCN", "KCN đang hoạt động", ASOF),
    F("thu hút 152.860 lao động", "152.860", 152860, "count", "lao động", "lao động các KCN thu hút", ASOF,
      change=CH("increase", 4.6, baseline="cùng kỳ năm 2023")),
    F("nữ 95.120 người", "95.120", 95120, "count", "người", "lao động nữ", INH(ASOF), total=152860, percent=62.2),
    F("ngoại tỉnh 41.300 người", "41.300", 41300, "count", "người", "lao động ngoại tỉnh", INH(ASOF), total=152860),
    F("chiếm khoảng 12%", "12", 12, "percent", "%", "lao động có trình độ cao đẳng, đại học trở lên", approx="about"),
    F("đạt 9,1 triệu đồng", "9,1", 9.1e6, "money", "đồng/người/tháng", "thu nhập bình quân của người lao động trong các KCN",
      Y23, change=CH("increase", 6.5, baseline="năm 2022")),
    F("bình quân 6,3 triệu đồng", "6,3", 6.3e6, "money", "đồng/người", "mức thưởng Tết Nguyên đán Giáp Thìn bình quân"),
    F("cao nhất 520 triệu đồng", "520", 520e6, "money", "đồng/người", "mức thưởng Tết Nguyên đán Giáp Thìn cao nhất"),
    F("khoảng 8.000 lao động", "8.000", 8000, "count", "lao động", "lao động doanh nghiệp có nhu cầu tuyển dụng", Q1,
      approx="about"),
    F("hơn 300 công nhân", "300", 300, "count", "công nhân", "công nhân lắp ráp Công ty TNHH Ford Việt Nam cần tuyển",
      INH(Q1), approx="over"),
    F("có 3 dự án", "3", 3, "count", "dự án", "dự án nhà ở công nhân"),
    F("khoảng 2.400 căn hộ", "2.400", 2400, "count", "căn hộ", "căn hộ nhà ở công nhân", approx="about"),
    F("chưa đến 15%", "15", 15, "percent", "%", "tỷ lệ đáp ứng nhu cầu nhà ở của công nhân", approx="under"),
    F("từ 1,2 đến 1,8 triệu đồng", "1,2", 1.2e6, "money", "đồng/phòng/tháng", "giá thuê trọ", value_max=1.8e6),
    F("ít nhất 10.000 căn hộ", "10.000", 10000, "count", "căn hộ", "căn hộ nhà ở xã hội cho công nhân", T25,
      approx="at_least", status="target"),
    F("Đề án 1 triệu căn hộ", "1", 1e6, "count", "căn hộ", "Đề án căn hộ của Chính phủ", optional=True),
]

COMMENTS = [
    "Báo Hải Dương (Party newspaper): lao động, thu nhập, thưởng Tết, nhà ở công nhân trong các KCN; byline + bare date at the end → published.",
    "'tính đến hết tháng 2/2024' is as-of (start null, end 2024-02-29). Parts after 'Trong đó' (nữ, ngoại tỉnh) take total 152.860;",
    "'chiếm 62,2%' is the share of 95.120 → percent attribute. 'chiếm khoảng 12%' (no base amount) is its own percent figure.",
    "Headline figure has no period. 'đến năm 2025' target → start null. 'Đề án 1 triệu căn hộ' is a programme name (optional, like a package size).",
    "Distractors: Giáp Thìn, KCN Đại An, Quốc lộ 5, đường 390, Công ty TNHH Ford Việt Nam, dateline.",
]

if __name__ == "__main__":
    emit("p506-5", TEXT, COMMENTS, FIGS, published="2024-03-16", location="Hải Dương")
