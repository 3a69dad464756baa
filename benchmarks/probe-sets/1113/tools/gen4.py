"""p1113-4: Ministry site (Bộ KH&CN) - national halal certification, OIC trade, Muslim visitors, 2030 targets."""
from lib import F, write_set, period, year, upto, inherit, change, target

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Trang chủ > Tin hoạt động > Tiêu chuẩn - Đo lường - Chất lượng

Năm 2024: Số giấy chứng nhận Halal do HALCERT cấp tăng 41%

Ngày đăng: 05/03/2025 | 10:20

Theo Trung tâm Chứng nhận Halal quốc gia (HALCERT), năm 2024 Trung tâm đã cấp 324 giấy chứng nhận Halal, tăng 41% so với năm 2023, cho 118 doanh nghiệp. Tính chung cả nước, đến hết năm 2024 có 11 tổ chức được phép chứng nhận Halal; hơn 1.300 doanh nghiệp với khoảng 8.500 sản phẩm đã được chứng nhận.

Năm 2024, kim ngạch xuất khẩu của Việt Nam sang các nước thành viên Tổ chức Hợp tác Hồi giáo (OIC) đạt 12,6 tỷ USD, tăng 9,8% so với năm trước; nhập khẩu từ khối này đạt 7,1 tỷ USD. Các thị trường xuất khẩu lớn nhất lần lượt là Indonesia (3,9 tỷ USD), Malaysia (3,2 tỷ USD) và Ả Rập Xê Út (1,4 tỷ USD).

Cũng trong năm, Việt Nam đón khoảng 1,1 triệu lượt khách quốc tế từ các thị trường Hồi giáo, trong đó Malaysia 562.000 lượt, Indonesia 185.000 lượt. Theo Chỉ số du lịch Hồi giáo toàn cầu (GMTI) 2024, Việt Nam xếp thứ 9 trong nhóm điểm đến ngoài khối OIC.

Quy mô thị trường Halal toàn cầu ước khoảng 7.700 tỷ USD, dự báo đạt 10.000 tỷ USD vào năm 2028. Thế giới hiện có gần 2 tỷ người Hồi giáo.

Thực hiện Quyết định số 10/QĐ-TTg ngày 04/01/2023 của Thủ tướng Chính phủ, mục tiêu đến năm 2030 Việt Nam có ít nhất 5 tổ chức chứng nhận Halal được công nhận quốc tế và 100% sản phẩm Halal xuất khẩu được chứng nhận phù hợp yêu cầu của nước nhập khẩu.

Địa chỉ: 113 Trần Duy Hưng, Cầu Giấy, Hà Nội. Điện thoại: 024.3943.9731
"""

Y24 = year("năm 2024", 2024)
ASOF = upto("đến hết năm 2024", "2024-12-31")
T30 = upto("đến năm 2030", "2030-12-31")
INYEAR = year("trong năm", 2024)

FIGS = [
    F("HALCERT cấp tăng 41%", "41", 41, "percent", "%",
      "số giấy chứng nhận Halal do HALCERT cấp", period=year("Năm 2024", 2024)),
    F("cấp 324 giấy chứng nhận", "324", 324, "count", "giấy chứng nhận",
      "giấy chứng nhận Halal HALCERT đã cấp", change=change("increase", 41, "%", "năm 2023"),
      period=Y24),
    F("cho 118 doanh nghiệp", "118", 118, "count", "doanh nghiệp",
      "doanh nghiệp được HALCERT cấp giấy chứng nhận Halal", period=Y24),
    F("có 11 tổ chức", "11", 11, "count", "tổ chức", "tổ chức được phép chứng nhận Halal",
      period=ASOF),
    F("hơn 1.300 doanh nghiệp", "1.300", 1300, "count", "doanh nghiệp",
      "doanh nghiệp đã được chứng nhận Halal", approx="over", period=ASOF),
    F("khoảng 8.500 sản phẩm", "8.500", 8500, "count", "sản phẩm",
      "sản phẩm đã được chứng nhận Halal", approx="about", period=ASOF),
    F("đạt 12,6 tỷ USD", "12,6", 12_600_000_000, "money", "USD",
      "kim ngạch xuất khẩu của Việt Nam sang các nước thành viên Tổ chức Hợp tác Hồi giáo (OIC)",
      change=change("increase", 9.8, "%", "năm trước"), period=year("Năm 2024", 2024)),
    F("đạt 7,1 tỷ USD", "7,1", 7_100_000_000, "money", "USD", "nhập khẩu từ khối OIC",
      period=year("Năm 2024", 2024)),
    F("Indonesia (3,9 tỷ USD)", "3,9", 3_900_000_000, "money", "USD",
      "kim ngạch xuất khẩu sang Indonesia", period=inherit(Y24)),
    F("Malaysia (3,2 tỷ USD)", "3,2", 3_200_000_000, "money", "USD",
      "kim ngạch xuất khẩu sang Malaysia", period=inherit(Y24)),
    F("Út (1,4 tỷ USD)", "1,4", 1_400_000_000, "money", "USD",
      "kim ngạch xuất khẩu sang Ả Rập Xê Út", period=inherit(Y24)),
    F("khoảng 1,1 triệu lượt", "1,1", 1_100_000, "count", "lượt khách",
      "lượt khách quốc tế từ các thị trường Hồi giáo", approx="about", period=INYEAR),
    F("Malaysia 562.000 lượt", "562.000", 562000, "count", "lượt",
      "lượt khách quốc tế từ Malaysia", total=1_100_000, period=INYEAR),
    F("Indonesia 185.000 lượt", "185.000", 185000, "count", "lượt",
      "lượt khách quốc tế từ Indonesia", total=1_100_000, period=INYEAR),
    F("xếp thứ 9", "9", 9, "rank", "hạng",
      "Chỉ số du lịch Hồi giáo toàn cầu (GMTI) trong nhóm điểm đến ngoài khối OIC",
      period=year("2024", 2024)),
    F("ước khoảng 7.700 tỷ USD", "7.700", 7_700_000_000_000, "money", "USD",
      "quy mô thị trường Halal toàn cầu", approx="about", status="estimate", location=""),
    F("đạt 10.000 tỷ USD", "10.000", 10_000_000_000_000, "money", "USD",
      "quy mô thị trường Halal toàn cầu", status="forecast", location="",
      period=year("năm 2028", 2028)),
    F("gần 2 tỷ người", "2", 2_000_000_000, "count", "người", "người Hồi giáo",
      approx="nearly", location=""),
    F("ít nhất 5 tổ chức", "5", 5, "count", "tổ chức",
      "tổ chức chứng nhận Halal được công nhận quốc tế", approx="at_least", status="target",
      period=T30),
    F("100% sản phẩm", "100", 100, "percent", "%",
      "sản phẩm Halal xuất khẩu được chứng nhận phù hợp yêu cầu của nước nhập khẩu",
      status="target", period=T30),
]

write_set("p1113-4", TEXT, FIGS, published="2025-03-05", location="Việt Nam", notes=[
    "Ministry site (Bộ Khoa học và Công nghệ), 'Ngày đăng: 05/03/2025 | 10:20': national halal certification, trade with OIC,",
    "Muslim visitors, GMTI rank, global market, 2030 targets. National figures: location Việt Nam; trade partners and visitor",
    "origins stay in the subject. Global market size and the world's Muslims describe no place: location empty (null).",
    "'Cũng trong năm' = 2024 (the year of the previous paragraph). The headline growth rate is a percent figure of its own.",
    "Distractors: Quyết định số 10/QĐ-TTg ngày 04/01/2023, 113 Trần Duy Hưng, phone 024.3943.9731, 10:20, dates.",
])
