"""p792-4: ministry site (Cục Du lịch Quốc gia Việt Nam), national cave tourism, 2023."""
from lib import F, P, I, C, T, write_set

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ » Tin tức » Phát triển sản phẩm

Phát triển du lịch khám phá hang động: tiềm năng lớn, cần quản lý chặt chẽ
Ngày đăng: 22/11/2023 | Lượt xem: 2.418

Theo thống kê của Cục Du lịch Quốc gia Việt Nam, cả nước hiện có hơn 30 hang động được đưa vào khai thác du lịch tại 14 tỉnh, thành phố, tập trung ở Quảng Bình, Quảng Ninh, Ninh Bình và Hà Giang. Năm 2022, các điểm du lịch hang động đón khoảng 9,5 triệu lượt khách; 10 tháng đầu năm 2023 ước đạt 11,2 triệu lượt, tăng 26% so với cùng kỳ.

Loại hình thám hiểm hang động đang thu hút ngày càng nhiều du khách quốc tế. Tính đến tháng 10/2023, có 7 doanh nghiệp được cấp phép tổ chức tour thám hiểm hang động với 28 sản phẩm tour, trong đó Quảng Bình chiếm 22 sản phẩm. Tour thám hiểm hang Sơn Đoòng (Quảng Bình) có giá 72,8 triệu đồng/khách, mỗi năm đón tối đa 1.000 khách; năm 2023 toàn bộ chỗ đã được đặt hết, khách đến từ 45 quốc gia.

Bên cạnh hiệu quả kinh tế, nhiều hang động đang chịu áp lực lớn. Kết quả khảo sát tại 12 hang động cho thấy 8 hang có dấu hiệu suy giảm thạch nhũ, chiếm 66,7%; nồng độ CO2 trong lòng một số hang vào giờ cao điểm tăng gấp 2 đến 3 lần so với mức bình thường.

Cục Du lịch Quốc gia Việt Nam đặt mục tiêu đến năm 2025 có ít nhất 40 hang động được quản lý theo tiêu chuẩn an toàn và 100% tour thám hiểm có hướng dẫn viên được cấp chứng chỉ cứu hộ. Trong năm 2024, Cục dự kiến tổ chức 3 lớp tập huấn cho khoảng 150 hướng dẫn viên trên cả nước.

Việc quản lý được thực hiện theo Luật Du lịch 2017 và Quyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ.

Cục Du lịch Quốc gia Việt Nam - Số 80 Quán Sứ, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.3760
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
M10 = P("10 tháng đầu năm 2023", "2023-01-01", "2023-10-31")
OCT = P("Tính đến tháng 10/2023", None, "2023-10-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
Y24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 30 hang động", "30", 30, "count", "hang động", "hang động được đưa vào khai thác du lịch", approx="over"),
    F("tại 14 tỉnh", "14", 14, "count", "tỉnh, thành phố", "tỉnh, thành phố có hang động khai thác du lịch"),
    F("khoảng 9,5 triệu lượt khách", "9,5", 9.5e6, "count", "lượt khách", "lượt khách đến các điểm du lịch hang động",
      approx="about", period=Y22),
    F("ước đạt 11,2 triệu lượt", "11,2", 11.2e6, "count", "lượt", "lượt khách đến các điểm du lịch hang động",
      change=C("increase", 26, baseline="cùng kỳ"), status="estimate", period=M10),
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", "doanh nghiệp được cấp phép tổ chức tour thám hiểm hang động",
      period=OCT),
    F("với 28 sản phẩm tour", "28", 28, "count", "sản phẩm tour", "sản phẩm tour thám hiểm hang động", period=OCT),
    F("chiếm 22 sản phẩm", "22", 22, "count", "sản phẩm", "sản phẩm tour thám hiểm hang động", total=28,
      period=OCT, location="Quảng Bình"),
    F("giá 72,8 triệu đồng/khách", "72,8", 72.8e6, "money", "đồng/khách", "giá tour thám hiểm hang Sơn Đoòng",
      location="Quảng Bình"),
    F("tối đa 1.000 khách", "1.000", 1000, "count", "khách/năm", "khách tour Sơn Đoòng mỗi năm", approx="at_most",
      location="Quảng Bình"),
    F("từ 45 quốc gia", "45", 45, "count", "quốc gia", "quốc gia có khách tham gia tour Sơn Đoòng",
      period=Y23, location="Quảng Bình"),
    F("tại 12 hang động", "12", 12, "count", "hang động", "hang động được khảo sát"),
    F("8 hang có dấu hiệu", "8", 8, "count", "hang", "hang có dấu hiệu suy giảm thạch nhũ", total=12, percent=66.7),
    F("gấp 2 đến 3 lần", "2", 2, "multiple", "lần", "nồng độ CO2 trong lòng hang vào giờ cao điểm so với mức bình thường",
      value_max=3),
    F("ít nhất 40 hang động", "40", 40, "count", "hang động", "hang động được quản lý theo tiêu chuẩn an toàn",
      approx="at_least", status="target", period=T25),
    F("100% tour", "100", 100, "percent", "%", "tour thám hiểm có hướng dẫn viên được cấp chứng chỉ cứu hộ",
      status="target", period=T25),
    F("tổ chức 3 lớp", "3", 3, "count", "lớp tập huấn", "lớp tập huấn hướng dẫn viên", status="forecast", period=Y24),
    F("khoảng 150 hướng dẫn viên", "150", 150, "count", "hướng dẫn viên", "hướng dẫn viên được tập huấn",
      approx="about", status="forecast", period=Y24),
]

NOTES = [
    "Cục Du lịch Quốc gia Việt Nam (Bộ VHTTDL), Ngày đăng: 22/11/2023: national overview of cave tourism (ministry site).",
    "National figures -> Việt Nam; the provinces after 'tập trung ở' do not localise the national count. 'trong đó Quảng Bình",
    "chiếm 22 sản phẩm' is Quảng Bình's part of the 28 tours; the Sơn Đoòng tour (Quảng Bình) figures are Quảng Bình.",
    "'Kết quả khảo sát tại 12 hang động cho thấy 8 hang' -> total 12. 'tăng gấp 2 đến 3 lần' with no base amount is a multiple range.",
    "Distractors: CO2, Luật Du lịch 2017, Quyết định số 147/QĐ-TTg ngày 22/01/2020, Số 80 Quán Sứ, phone, Lượt xem: 2.418.",
]

if __name__ == "__main__":
    write_set(4, TEXT, FIGS, NOTES, published="2023-11-22", location="Việt Nam")
