"""p1030-4: Bộ TT&TT site, national BĐVHX network at end-2023, parcels, pensions, dossiers, efficiency, 2025 targets."""
from lib import F, P, CH, TG, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ / Tin tức / Bưu chính

Nâng cao hiệu quả hoạt động điểm bưu điện văn hóa xã

Ngày đăng: 05/03/2024 | Lượt xem: 1.128

Theo số liệu của Vụ Bưu chính, tính đến 31/12/2023, cả nước có 7.653 điểm bưu điện văn hóa xã (BĐVHX), giảm 118 điểm so với cuối năm 2022; trong đó 7.211 điểm đã có kết nối internet, đạt 94,2%. Các địa phương có nhiều điểm BĐVHX nhất lần lượt là Thanh Hóa (523 điểm), Nghệ An (418 điểm) và Thái Bình (267 điểm).

Năm 2023, sản lượng bưu gửi chấp nhận qua các điểm BĐVHX ước đạt khoảng 9,6 triệu bưu gửi, tăng 11% so với năm 2022. Mỗi tháng, hệ thống điểm tham gia chi trả lương hưu, trợ cấp BHXH cho hơn 1,2 triệu người hưởng. Các điểm cũng tiếp nhận và trả kết quả gần 1,35 triệu hồ sơ thủ tục hành chính, chiếm khoảng 18% tổng số hồ sơ qua dịch vụ bưu chính công ích.

Tuy vậy, hiệu quả hoạt động còn thấp: doanh thu bình quân một điểm chỉ đạt 38,5 triệu đồng/năm, trong khi chi phí duy trì khoảng 45 triệu đồng/điểm/năm; khoảng 2.100 điểm có doanh thu dưới 1 triệu đồng/tháng.

Hiện 63/63 tỉnh, thành phố đã ban hành kế hoạch nâng cao hiệu quả điểm BĐVHX theo Quyết định số 1186/QĐ-BTTTT ngày 28/6/2023. Bộ đặt mục tiêu đến năm 2025, 100% điểm BĐVHX cung cấp dịch vụ công trực tuyến và thanh toán không dùng tiền mặt, doanh thu bình quân đạt tối thiểu 60 triệu đồng/điểm/năm.

Vụ Bưu chính - Bộ Thông tin và Truyền thông
Địa chỉ: 18 Nguyễn Du, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3943.7025
"""

ASOF = P("tính đến 31/12/2023", None, "2023-12-31")
ASOFi = P("tính đến 31/12/2023", None, "2023-12-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
TO25 = P("đến năm 2025", None, "2025-12-31")
LIST = "điểm BĐVHX"

FIGS = [
    F("có 7.653 điểm", "7.653", "count", "điểm", "điểm bưu điện văn hóa xã",
      change=CH("decrease", 118, "điểm", "cuối năm 2022"), period=ASOF),
    F("7.211 điểm", "7.211", "count", "điểm", "điểm BĐVHX đã có kết nối internet", total=7653, percent=94.2, period=ASOF),
    F("Thanh Hóa (523 điểm)", "523", "count", "điểm", LIST, location="Thanh Hóa", period=ASOFi),
    F("Nghệ An (418 điểm)", "418", "count", "điểm", LIST, location="Nghệ An", period=ASOFi),
    F("Thái Bình (267 điểm)", "267", "count", "điểm", LIST, location="Thái Bình", period=ASOFi),
    F("khoảng 9,6 triệu bưu gửi", "9,6", "count", "bưu gửi", "sản lượng bưu gửi chấp nhận qua các điểm BĐVHX",
      approx="about", change=CH("increase", 11, "%", "năm 2022"), status="estimate", period=Y23),
    F("hơn 1,2 triệu người", "1,2", "count", "người hưởng", "người hưởng lương hưu, trợ cấp BHXH được chi trả qua điểm mỗi tháng",
      approx="over", period=Y23i),
    F("gần 1,35 triệu hồ sơ", "1,35", "count", "hồ sơ", "hồ sơ thủ tục hành chính các điểm tiếp nhận và trả kết quả",
      approx="nearly", percent=18, period=Y23i),
    F("đạt 38,5 triệu đồng/năm", "38,5", "money", "đồng/năm", "doanh thu bình quân một điểm BĐVHX"),
    F("khoảng 45 triệu đồng/điểm/năm", "45", "money", "đồng/điểm/năm", "chi phí duy trì điểm BĐVHX", approx="about"),
    F("khoảng 2.100 điểm", "2.100", "count", "điểm", "điểm BĐVHX có doanh thu dưới 1 triệu đồng/tháng", approx="about"),
    F("dưới 1 triệu đồng/tháng", "1", "money", "đồng/tháng", "ngưỡng doanh thu điểm BĐVHX", approx="under", optional=True),
    F("Hiện 63/63 tỉnh", "63", "count", "tỉnh, thành phố", "tỉnh, thành phố đã ban hành kế hoạch nâng cao hiệu quả điểm BĐVHX", total=63),
    F("2025, 100% điểm", "100", "percent", "%", "điểm BĐVHX cung cấp dịch vụ công trực tuyến và thanh toán không dùng tiền mặt",
      status="target", period=TO25),
    F("tối thiểu 60 triệu đồng/điểm/năm", "60", "money", "đồng/điểm/năm", "doanh thu bình quân điểm BĐVHX",
      approx="at_least", status="target", period=TO25),
]

write("p1030-4", TEXT, FIGS, published="2024-03-05", location="Việt Nam", comments=[
    "Bộ TT&TT site: national BĐVHX network as of 31/12/2023, parcels, pension payouts, dossiers via BCCI, efficiency, 2025 targets.",
    "'giảm 118 điểm so với cuối năm 2022' is the change of 7.653 điểm; 'chiếm khoảng 18%' is the percent of 1,35 triệu hồ sơ.",
    "List 'lần lượt là Thanh Hóa (523 điểm) ...' shares the indicator; the provinces are locations. 'dưới 1 triệu đồng/tháng' is a threshold (optional).",
    "'Mỗi tháng' is a frequency; 1,2 triệu takes 'Năm 2023' from the previous sentence (inherited). Efficiency paragraph has no period.",
    "Distractors: 'Lượt xem: 1.128', 'Quyết định số 1186/QĐ-BTTTT ngày 28/6/2023', '18 Nguyễn Du', phone '024.3943.7025'.",
])
