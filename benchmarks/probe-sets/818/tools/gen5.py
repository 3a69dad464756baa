"""p818-5: Báo Cần Thơ (Party newspaper), unlicensed beauty clinics, Jan-Oct 2023; byline and bare date at the end."""
from lib import F, build, change, period

TEXT = """Siết quản lý cơ sở thẩm mỹ "chui"

Những năm gần đây, dịch vụ làm đẹp trên địa bàn TP Cần Thơ phát triển nhanh. Theo Sở Y tế, toàn thành phố hiện có khoảng 1.200 cơ sở spa, thẩm mỹ, chăm sóc da, nhưng chỉ 38 cơ sở được cấp giấy phép hoạt động khám bệnh, chữa bệnh chuyên khoa thẩm mỹ.

Từ đầu năm 2023 đến hết tháng 10/2023, Thanh tra Sở Y tế phối hợp Công an thành phố kiểm tra 156 cơ sở, phát hiện 44 cơ sở vi phạm, gấp 1,6 lần so với cùng kỳ năm 2022. Tổng số tiền phạt gần 1,05 tỷ đồng; trong đó riêng quận Ninh Kiều 612 triệu đồng. Có 7 cơ sở bị tước quyền sử dụng giấy phép hoặc đình chỉ hoạt động từ 1,5 đến 3 tháng.

Qua kiểm tra, lực lượng chức năng thu giữ 3.870 sản phẩm mỹ phẩm nhập lậu, trị giá hơn 460 triệu đồng, cùng 215 ống thuốc tiêm, chất làm đầy không rõ nguồn gốc. Nhiều cơ sở quảng cáo "trẻ hóa 10 tuổi sau một liệu trình", thu của khách từ 15 đến 40 triệu đồng/lần tiêm.

Bác sĩ Trần Văn Hai, Chánh Thanh tra Sở Y tế, cho biết: "Năm 2023, chúng tôi đã tiếp nhận 23 trường hợp tai biến do làm đẹp tại các cơ sở không phép, tăng 9 trường hợp so với năm 2022. Phần lớn nạn nhân là phụ nữ từ 25 đến 45 tuổi".

Thời gian tới, Sở Y tế phấn đấu đến cuối năm 2024 có ít nhất 60 cơ sở thẩm mỹ được cấp phép, đồng thời công khai danh sách cơ sở vi phạm trên trang thông tin điện tử của Sở. Người dân có thể phản ánh trực tiếp tại trụ sở số 71 Lý Tự Trọng, quận Ninh Kiều hoặc qua đường dây nóng của ngành Y tế.

NGỌC HÂN
26/11/2023
"""

PJO = period("Từ đầu năm 2023 đến hết tháng 10/2023", "2023-01-01", "2023-10-31")
PJOi = period("Từ đầu năm 2023 đến hết tháng 10/2023", "2023-01-01", "2023-10-31", inherited=True)
P23 = period("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("khoảng 1.200 cơ sở", "1.200", 1200, "count", "cơ sở", approx="about",
      subject="cơ sở spa, thẩm mỹ, chăm sóc da"),
    F("chỉ 38 cơ sở", "38", 38, "count", "cơ sở",
      subject="cơ sở được cấp giấy phép hoạt động khám bệnh, chữa bệnh chuyên khoa thẩm mỹ"),
    F("kiểm tra 156 cơ sở", "156", 156, "count", "cơ sở", subject="cơ sở được kiểm tra", period=PJO),
    F("phát hiện 44 cơ sở", "44", 44, "count", "cơ sở",
      change=change("increase", 1.6, "lần", baseline="cùng kỳ năm 2022"),
      subject="cơ sở vi phạm", period=PJO),
    F("gần 1,05 tỷ đồng", "1,05", 1.05e9, "money", "đồng", approx="nearly",
      subject="tổng số tiền phạt", period=PJOi),
    F("Ninh Kiều 612 triệu đồng", "612", 612e6, "money", "đồng", total=1.05e9,
      subject="số tiền phạt", location="Ninh Kiều", period=PJOi),
    F("Có 7 cơ sở", "7", 7, "count", "cơ sở",
      subject="cơ sở bị tước quyền sử dụng giấy phép hoặc đình chỉ hoạt động", period=PJOi),
    F("từ 1,5 đến 3 tháng", "1,5", 1.5, "measure", "tháng", value_max=3,
      subject="thời gian tước quyền sử dụng giấy phép hoặc đình chỉ hoạt động", period=PJOi),
    F("thu giữ 3.870 sản phẩm", "3.870", 3870, "count", "sản phẩm",
      subject="sản phẩm mỹ phẩm nhập lậu bị thu giữ", period=PJOi),
    F("hơn 460 triệu đồng", "460", 460e6, "money", "đồng", approx="over",
      subject="trị giá sản phẩm mỹ phẩm nhập lậu bị thu giữ", period=PJOi),
    F("cùng 215 ống", "215", 215, "count", "ống",
      subject="ống thuốc tiêm, chất làm đầy không rõ nguồn gốc bị thu giữ", period=PJOi),
    F("trẻ hóa 10 tuổi", "10", 10, "measure", "tuổi", subject="quảng cáo trẻ hóa", optional=True),
    F("từ 15 đến 40 triệu đồng/lần tiêm", "15", 15e6, "money", "đồng/lần tiêm", value_max=40e6,
      subject="tiền thu của khách mỗi lần tiêm"),
    F("tiếp nhận 23 trường hợp", "23", 23, "count", "trường hợp",
      change=change("increase", 9, "trường hợp", baseline="năm 2022"),
      subject="trường hợp tai biến do làm đẹp tại các cơ sở không phép", period=P23),
    F("từ 25 đến 45 tuổi", "25", 25, "measure", "tuổi", value_max=45,
      subject="độ tuổi nạn nhân tai biến", optional=True),
    F("ít nhất 60 cơ sở", "60", 60, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở thẩm mỹ được cấp phép", period=period("đến cuối năm 2024", None, "2024-12-31")),
]

COMMENTS = [
    "Báo Cần Thơ: siết quản lý cơ sở thẩm mỹ 'chui', 10 tháng năm 2023; byline NGỌC HÂN and bare date 26/11/2023 at the end (invented).",
    "Not figures: 'Bác sĩ Trần Văn Hai' (a name), 'số 71 Lý Tự Trọng', 'năm 2022' baselines, 'đến cuối năm 2024' as a period.",
    "'gấp 1,6 lần so với cùng kỳ năm 2022' after 44 cơ sở: a change of the 44 (increase, 1.6 lần), as 'tăng hơn 2,8 lần so với cùng kỳ'",
    "in the spec; it does not stand alone as the claim, so no multiple figure.",
    "'trong đó riêng quận Ninh Kiều 612 triệu đồng' is a part of the 1,05 tỷ total (trong đó): total 1050000000, location Ninh Kiều.",
    "'trẻ hóa 10 tuổi' is an advertising claim quoted, and 'từ 25 đến 45 tuổi' an age band of victims: optional.",
    "'hiện có khoảng 1.200 cơ sở' / '38 cơ sở' take no period ('hiện'). The 15-40 triệu per injection price has no period phrase.",
]

if __name__ == "__main__":
    build("p818-5", TEXT, FIGS, COMMENTS, published="2023-11-26", location="Cần Thơ")
