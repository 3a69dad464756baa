"""p1186-2: district portal (huyện Hải Hậu, Nam Định): composite tanks installed in 2024, an HTX in xã Hải Phú."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Trang chủ > Tin tức > Kinh tế - Nông nghiệp

Hải Hậu lắp đặt thêm 320 bể chứa bao gói thuốc BVTV trên cánh đồng

Ngày đăng: 22/05/2024

Thực hiện Kế hoạch số 37/KH-UBND của UBND huyện về bảo vệ môi trường nông thôn, từ đầu năm 2024 đến nay, huyện Hải Hậu đã lắp đặt thêm 320 bể chứa bao gói thuốc bảo vệ thực vật bằng composite tại 34/35 xã, thị trấn. Hiện toàn huyện có 2.184 bể. Mỗi bể có giá 2,45 triệu đồng, tổng kinh phí gần 784 triệu đồng; trong đó ngân sách huyện hỗ trợ 50%, phần còn lại do xã và các hợp tác xã đối ứng.

Bể được đặt ở đầu bờ vùng, gần đường nội đồng, bình quân từ 3 đến 5 bể/cánh đồng. Từ đầu năm đến nay, các xã đã thu gom khoảng 12,4 tấn vỏ bao bì, chai lọ thuốc BVTV, tăng 1,1 tấn so với cùng kỳ năm 2023.

Xã Hải Phú là một trong những địa phương làm tốt. Hợp tác xã nông nghiệp Hải Phú (xóm 7) phụ trách 415 ha lúa, hiện có 96 bể; định kỳ hằng tháng, tổ thu gom của HTX (gồm sáu người) chuyển bao gói về khu tập kết của xã. Người thu gom được trả 30.000 đồng/công. Ông Vũ Văn Thịnh, Giám đốc HTX, cho biết gần 100% hộ xã viên đã bỏ bao gói vào bể sau khi phun thuốc.

6 tháng cuối năm, huyện dự kiến thu gom khoảng 10 tấn bao gói; phấn đấu đến năm 2025 có 100% cánh đồng mẫu lớn được bố trí bể chứa.

Đường dây nóng: 0228.3877.215
Phòng Nông nghiệp và Phát triển nông thôn huyện Hải Hậu
"""

SINCE = P("từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-22")
SINCE2 = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-22")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
HTX = "Hợp tác xã nông nghiệp Hải Phú"

FIGS = [
    F("thêm 320 bể chứa bao gói thuốc BVTV", "320", 320, "count", "bể", subject="bể chứa bao gói thuốc BVTV trên cánh đồng lắp đặt thêm"),
    F("thêm 320 bể chứa bao gói thuốc bảo", "320", 320, "count", "bể",
      subject="bể chứa bao gói thuốc bảo vệ thực vật bằng composite lắp đặt thêm", period=SINCE),
    F("34/35 xã", "34", 34, "count", "xã", total=35, subject="xã, thị trấn được lắp đặt bể chứa", period=SINCE),
    F("có 2.184 bể", "2.184", 2184, "count", "bể", subject="bể chứa bao gói thuốc BVTV toàn huyện"),
    F("2,45 triệu", "2,45", 2450000, "money", "đồng/bể", subject="giá mỗi bể composite", period=I(SINCE)),
    F("gần 784 triệu", "784", 784000000, "money", "đồng", approx="nearly",
      subject="tổng kinh phí lắp đặt bể chứa", period=I(SINCE)),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="ngân sách huyện hỗ trợ kinh phí lắp đặt bể", period=I(SINCE)),
    F("từ 3 đến 5 bể", "3", 3, "measure", "bể/cánh đồng", value_max=5, subject="số bể bình quân mỗi cánh đồng"),
    F("khoảng 12,4 tấn", "12,4", 12.4, "measure", "tấn", approx="about",
      change=C("increase", 1.1, "tấn", "cùng kỳ năm 2023"),
      subject="vỏ bao bì, chai lọ thuốc BVTV thu gom", period=SINCE2),
    F("415 ha", "415", 415, "measure", "ha", subject=f"diện tích lúa do {HTX} phụ trách"),
    F("có 96 bể", "96", 96, "count", "bể", subject=f"bể chứa của {HTX}"),
    F("gồm sáu người", "sáu", 6, "count", "người", subject=f"thành viên tổ thu gom của {HTX}"),
    F("30.000 đồng", "30.000", 30000, "money", "đồng/công", subject="tiền công người thu gom"),
    F("gần 100%", "100", 100, "percent", "%", approx="nearly",
      subject="hộ xã viên bỏ bao gói vào bể sau khi phun thuốc"),
    F("khoảng 10 tấn", "10", 10, "measure", "tấn", approx="about", status="forecast",
      subject="bao gói thu gom", period=H2),
    F("có 100% cánh đồng", "100", 100, "percent", "%", status="target",
      subject="cánh đồng mẫu lớn được bố trí bể chứa", period=TO25),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): breadcrumb, 'Ngày đăng: 22/05/2024' (published); default location the district.",
    "The headline '320 bể' restates the body's 320 (a figure of its own, no period). 'từ đầu năm 2024 đến nay' ends at the published date.",
    "Distractors: 'Kế hoạch số 37/KH-UBND', 'xóm 7', 'một trong những địa phương', hotline 0228.3877.215.",
    "'trong đó ngân sách huyện hỗ trợ 50%' is a percent figure of its own (a percent has no whole in đồng). 'sáu người' is a number word.",
    "'6 tháng cuối năm' takes 2024 from the earlier date; 'dự kiến' → forecast, 'phấn đấu đến năm 2025' → target.",
    "'Hiện toàn huyện có 2.184 bể' and the HTX passage carry no period (hiện / standing facts).",
]

if __name__ == "__main__":
    write("p1186-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Hải Hậu")
