from lib import *

A = """UBND HUYỆN LỤC NGẠN - TỈNH BẮC GIANG
Tin hoạt động › Khoa học công nghệ

Lục Ngạn: Ứng dụng khoa học công nghệ, phát triển tài sản trí tuệ cho nông sản chủ lực
Ngày đăng: 22/10/2024 | Lượt truy cập: 856

9 tháng năm 2024, huyện triển khai 7 mô hình ứng dụng tiến bộ khoa học kỹ thuật với tổng kinh phí 3,45 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,8 tỷ đồng, ngân sách huyện 650 triệu đồng, còn lại là vốn đối ứng của người dân. Các mô hình tập trung vào sản xuất vải thiều theo tiêu chuẩn VietGAP, GlobalGAP và nhân giống cây ăn quả bằng công nghệ ghép mắt.

Tính đến 30/9, toàn huyện có 152 mã số vùng trồng được cấp với diện tích khoảng 9.870 ha, chiếm 32,9% diện tích vải thiều. Hơn 2,3 triệu tem truy xuất nguồn gốc đã được cấp cho các hộ sản xuất, gấp 1,5 lần cùng kỳ. Sản lượng vải thiều tiêu thụ qua các sàn thương mại điện tử ước đạt 3.200 tấn, tăng 40% so với năm 2023.

Về phát triển tài sản trí tuệ, Lục Ngạn dẫn đầu tỉnh với 11 sản phẩm được cấp văn bằng bảo hộ nhãn hiệu tập thể, nhãn hiệu chứng nhận; tiếp đến là huyện Lạng Giang (7 sản phẩm) và huyện Yên Thế (5 sản phẩm). Chỉ dẫn địa lý "Lục Ngạn" cho quả vải thiều đã được bảo hộ tại 6 quốc gia, gồm Nhật Bản, Hoa Kỳ, Thái Lan, Trung Quốc, Campuchia và Lào. Hiện 41 sản phẩm của huyện đạt chuẩn OCOP từ 3 sao trở lên.

Thực hiện Kế hoạch số 162/KH-UBND của UBND huyện, quý IV/2024 huyện phấn đấu hỗ trợ thêm 2 sản phẩm đăng ký bảo hộ nhãn hiệu, cấp mới từ 10 đến 15 mã số vùng trồng phục vụ xuất khẩu.

Mọi thông tin chi tiết liên hệ Phòng Kinh tế và Hạ tầng huyện, số 108 đường Trần Phú, thị trấn Chũ, điện thoại 0204.3882.247.

Phòng Kinh tế và Hạ tầng
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
T30 = P("Tính đến 30/9", None, "2024-09-30")
T30i = P("Tính đến 30/9", None, "2024-09-30", inh=True)
S_SHTT = "sản phẩm được cấp văn bằng bảo hộ nhãn hiệu tập thể, nhãn hiệu chứng nhận"
FIG = [
    F("triển khai 7 mô hình", "7", 7, "count", "mô hình", "mô hình ứng dụng tiến bộ khoa học kỹ thuật", period=N9),
    F("kinh phí 3,45 tỷ đồng", "3,45", 3.45e9, "money", "đồng", "tổng kinh phí mô hình ứng dụng tiến bộ khoa học kỹ thuật", period=N9),
    F("hỗ trợ 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", total=3.45e9, period=N9),
    F("huyện 650 triệu đồng", "650", 650e6, "money", "đồng", "ngân sách huyện", total=3.45e9, period=N9),
    F("có 152 mã số", "152", 152, "count", "mã số vùng trồng", "mã số vùng trồng được cấp", period=T30),
    F("khoảng 9.870 ha", "9.870", 9870, "measure", "ha", "diện tích mã số vùng trồng được cấp", approx="about",
      percent=32.9, period=T30),
    F("Hơn 2,3 triệu tem", "2,3", 2.3e6, "count", "tem truy xuất nguồn gốc", "tem truy xuất nguồn gốc đã được cấp cho các hộ sản xuất",
      approx="over", change=C("increase", 1.5, "lần", "cùng kỳ"), period=T30i),
    F("ước đạt 3.200 tấn", "3.200", 3200, "measure", "tấn", "Sản lượng vải thiều tiêu thụ qua các sàn thương mại điện tử",
      status="estimate", change=C("increase", 40, "%", "năm 2023"), period=T30i),
    F("tỉnh với 11 sản phẩm", "11", 11, "count", "sản phẩm", S_SHTT, period=T30i),
    F("(7 sản phẩm)", "7", 7, "count", "sản phẩm", S_SHTT, location="Lạng Giang", period=T30i),
    F("(5 sản phẩm)", "5", 5, "count", "sản phẩm", S_SHTT, location="Yên Thế", period=T30i),
    F("tại 6 quốc gia", "6", 6, "count", "quốc gia", "quốc gia bảo hộ chỉ dẫn địa lý \"Lục Ngạn\" cho quả vải thiều", period=T30i),
    F("Hiện 41 sản phẩm", "41", 41, "count", "sản phẩm", "sản phẩm đạt chuẩn OCOP từ 3 sao trở lên", period=T30i),
    F("từ 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", approx="at_least", optional=True),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đăng ký bảo hộ nhãn hiệu được hỗ trợ thêm", status="target",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("từ 10 đến 15 mã số", "10", 10, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới phục vụ xuất khẩu", value_max=15,
      status="target", period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
]

build(2, A, FIG, comments=[
    "District portal (UBND huyện Lục Ngạn, Bắc Giang): ứng dụng KH&CN, mã số vùng trồng, truy xuất nguồn gốc, nhãn hiệu, chỉ dẫn địa lý, 9 months 2024.",
    "Dateline 'Ngày đăng: 22/10/2024 | Lượt truy cập: 856'. Distractors: 'Kế hoạch số 162/KH-UBND', 'số 108 đường Trần Phú, thị trấn Chũ',",
    "phone '0204.3882.247', standards 'VietGAP, GlobalGAP', '9 tháng' only as a period.",
    "Location default Lục Ngạn (district portal); list items 'huyện Lạng Giang (7 …)', 'huyện Yên Thế (5 …)' take their district.",
    "'Tính đến 30/9' has no year: 2024 from the earlier '9 tháng năm 2024'. 'gấp 1,5 lần cùng kỳ' after the stamps is their change.",
    "'chiếm 32,9% diện tích vải thiều' is the share of 9.870 ha. Foreign countries in the GI list are not places of figures.",
    "'Hiện 41 sản phẩm' given the paragraph's as-of period (inherited). Threshold 'từ 3 sao trở lên' optional.",
], published="2024-10-22", location="Lục Ngạn")
