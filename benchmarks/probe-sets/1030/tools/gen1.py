"""p1030-1: Thanh Hóa province portal, BĐVHX network, pension payouts, parcels, public services, H1/2024."""
from lib import F, P, CH, TG, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Hệ thống bưu điện chi trả hơn 1.100 tỷ đồng lương hưu trong 6 tháng

Cập nhật: 16/07/2024 09:45 | Lượt xem: 2.317

(thanhhoa.gov.vn) - Theo Bưu điện tỉnh Thanh Hóa, 6 tháng đầu năm 2024, mạng lưới 523 điểm bưu điện văn hóa xã (BĐVHX) trên địa bàn tỉnh duy trì hoạt động ổn định, trong đó 498 điểm có kết nối internet, chiếm 95,2%.

Tổng số tiền lương hưu, trợ cấp BHXH chi trả qua hệ thống bưu điện đạt 1.126,4 tỷ đồng, tăng 6,8% so với cùng kỳ năm 2023, với hơn 142.000 lượt người hưởng; trong đó chi trả tại các điểm BĐVHX đạt 287,5 tỷ đồng, chiếm 25,5%.

Về bưu chính, các điểm BĐVHX đã chấp nhận và phát 186.540 bưu gửi, đạt 54,3% kế hoạch năm; doanh thu dịch vụ bưu chính, phân phối hàng hóa tại điểm ước đạt 18,7 tỷ đồng, tăng 12,4% so với cùng kỳ. Các huyện có doanh thu tại điểm cao là Thọ Xuân (1,6 tỷ đồng), Hoằng Hóa (1,4 tỷ đồng) và Quảng Xương (1,2 tỷ đồng).

Bên cạnh đó, các điểm BĐVHX tiếp nhận 23.815 hồ sơ thủ tục hành chính và trả 21.940 kết quả giải quyết qua dịch vụ bưu chính công ích. Bình quân mỗi điểm phục vụ khoảng 1.250 lượt khách/tháng.

Tại điểm BĐVHX xã Định Tăng (huyện Yên Định), nằm sát Quốc lộ 45, nhân viên Lê Thị Năm cho biết mỗi ngày chị đóng gói trung bình 30-40 đơn hàng nông sản cho bà con.

Thù lao bình quân của nhân viên điểm BĐVHX hiện đạt 3,2 triệu đồng/người/tháng, cao hơn 400.000 đồng so với năm 2023. Theo Kế hoạch số 96/KH-BĐTH, phấn đấu đến cuối năm 2024, 100% điểm BĐVHX có kết nối internet và doanh thu dịch vụ tại điểm đạt 40 tỷ đồng.

Minh Hằng
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
END = P("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("chi trả hơn 1.100 tỷ đồng", "1.100", "money", "đồng", "lương hưu chi trả qua hệ thống bưu điện",
      approx="over", period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("mạng lưới 523 điểm", "523", "count", "điểm", "điểm bưu điện văn hóa xã", period=H1),
    F("498 điểm có kết nối", "498", "count", "điểm", "điểm BĐVHX có kết nối internet",
      total=523, percent=95.2, period=H1),
    F("đạt 1.126,4 tỷ đồng", "1.126,4", "money", "đồng", "tiền lương hưu, trợ cấp BHXH chi trả qua hệ thống bưu điện",
      change=CH("increase", 6.8, "%", "cùng kỳ năm 2023"), period=H1i),
    F("hơn 142.000 lượt", "142.000", "count", "lượt người hưởng", "lượt người hưởng lương hưu, trợ cấp BHXH",
      approx="over", period=H1i),
    F("đạt 287,5 tỷ đồng", "287,5", "money", "đồng", "tiền lương hưu, trợ cấp chi trả tại các điểm BĐVHX",
      total=1126400000000, percent=25.5, period=H1i),
    F("phát 186.540 bưu gửi", "186.540", "count", "bưu gửi", "bưu gửi các điểm BĐVHX chấp nhận và phát",
      percent=54.3, period=H1i),
    F("ước đạt 18,7 tỷ đồng", "18,7", "money", "đồng", "doanh thu dịch vụ bưu chính, phân phối hàng hóa tại điểm",
      change=CH("increase", 12.4, "%", "cùng kỳ"), status="estimate", period=H1i),
    F("Thọ Xuân (1,6 tỷ đồng)", "1,6", "money", "đồng", "doanh thu tại điểm BĐVHX", location="Thọ Xuân", period=H1i),
    F("Hoằng Hóa (1,4 tỷ đồng)", "1,4", "money", "đồng", "doanh thu tại điểm BĐVHX", location="Hoằng Hóa", period=H1i),
    F("Quảng Xương (1,2 tỷ đồng)", "1,2", "money", "đồng", "doanh thu tại điểm BĐVHX", location="Quảng Xương", period=H1i),
    F("tiếp nhận 23.815 hồ sơ", "23.815", "count", "hồ sơ", "hồ sơ thủ tục hành chính các điểm BĐVHX tiếp nhận", period=H1i),
    F("trả 21.940 kết quả", "21.940", "count", "kết quả", "kết quả giải quyết thủ tục hành chính trả qua dịch vụ bưu chính công ích",
      period=H1i),
    F("khoảng 1.250 lượt khách/tháng", "1.250", "measure", "lượt khách/tháng", "lượt khách mỗi điểm BĐVHX phục vụ bình quân",
      approx="about", period=H1i),
    F("trung bình 30-40 đơn hàng", "30", "count", "đơn hàng", "đơn hàng nông sản đóng gói mỗi ngày tại điểm BĐVHX",
      value_max=40, location="Yên Định"),
    F("đạt 3,2 triệu đồng/người/tháng", "3,2", "money", "đồng/người/tháng", "thù lao bình quân của nhân viên điểm BĐVHX",
      change=CH("increase", 400000, "đồng", "năm 2023")),
    F("2024, 100% điểm", "100", "percent", "%", "điểm BĐVHX có kết nối internet", status="target", period=END),
    F("đạt 40 tỷ đồng", "40", "money", "đồng", "doanh thu dịch vụ tại điểm BĐVHX", status="target", period=END),
]

write("p1030-1", TEXT, FIGS, published="2024-07-16", location="Thanh Hóa", comments=[
    "Cổng TTĐT tỉnh Thanh Hóa: BĐVHX network, pension payouts, parcels and public-service dossiers, first half of 2024.",
    "Headline 'trong 6 tháng' has no year: nothing dated stands before it, so it takes 2024 from the dateline.",
    "'trong đó ... 287,5 tỷ đồng' follows '142.000 lượt người' but counts money: its whole is 1.126,4 tỷ đồng.",
    "Distractors: 'Lượt xem: 2.317', 'Quốc lộ 45', 'Lê Thị Năm', 'Kế hoạch số 96/KH-BĐTH', time 09:45.",
])
