"""p1508-2: district portal (huyện Đông Anh, Hà Nội): a firm donates 3.600 bins; district pilot results since 2022."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính

Trao 3.600 thùng rác nhựa cho hộ dân hai xã Uy Nỗ và Vân Hà

22/05/2024 - 15:10

Sáng 21/5, UBND huyện Đông Anh phối hợp với Công ty TNHH Nhựa Việt Thành tổ chức trao tặng 3.600 thùng rác nhựa cho 1.800 hộ dân tại xã Uy Nỗ và xã Vân Hà. Mỗi bộ gồm thùng màu xanh đựng rác hữu cơ và thùng màu xám đựng rác vô cơ, dung tích 60 lít. Tổng trị giá số thùng rác trên hơn 650 triệu đồng, do doanh nghiệp tài trợ toàn bộ.

Theo Phòng Tài nguyên và Môi trường huyện, từ năm 2022 đến nay, huyện đã thí điểm phân loại rác tại nguồn ở 6/23 xã, thị trấn với gần 14.500 hộ tham gia; đã cấp phát tổng cộng 27.300 thùng rác, trong đó 9.800 thùng do các doanh nghiệp, nhà hảo tâm tài trợ.

Mỗi ngày, toàn huyện phát sinh khoảng 420 tấn rác thải sinh hoạt. Tại các xã thí điểm, lượng rác phải chôn lấp giảm từ 25 đến 30%; khoảng 40% lượng rác hữu cơ được người dân tận dụng để ủ phân bón cây. Xã Uy Nỗ đứng thứ 2 toàn huyện về tỷ lệ hộ phân loại rác, với 87,5%.

Năm 2024, huyện phấn đấu mở rộng mô hình thêm 5 xã, cấp phát khoảng 8.000 thùng rác; đến năm 2025, 100% xã, thị trấn thực hiện phân loại rác tại nguồn.

Nguồn: Phòng Tài nguyên và Môi trường
Tin khác:
- Đông Anh: Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới 5/6
- Hội nghị sơ kết 6 tháng đầu năm 2024 công tác thu gom rác

UBND HUYỆN ĐÔNG ANH
Địa chỉ: Số 68 đường Cao Lỗ, thị trấn Đông Anh, Hà Nội | Điện thoại: 024.3883.2135
"""

SINCE = P("từ năm 2022 đến nay", "2022-01-01", "2024-05-22")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Trao 3.600 thùng", "3.600", 3600, "count", "thùng rác", subject="thùng rác nhựa trao cho hộ dân"),
    F("dân hai xã", "hai", 2, "count", "xã", subject="xã có hộ dân được trao thùng rác"),
    F("tặng 3.600 thùng", "3.600", 3600, "count", "thùng rác",
      subject="thùng rác nhựa trao tặng"),
    F("cho 1.800 hộ", "1.800", 1800, "count", "hộ", subject="hộ dân được trao tặng thùng rác"),
    F("dung tích 60 lít", "60", 60, "measure", "lít", subject="dung tích thùng rác", optional=True),
    F("hơn 650 triệu", "650", 650e6, "money", "đồng", approx="over",
      subject="tổng trị giá số thùng rác"),
    F("ở 6/23 xã", "6", 6, "count", "xã, thị trấn", total=23,
      subject="xã, thị trấn thí điểm phân loại rác tại nguồn", period=SINCE),
    F("gần 14.500 hộ", "14.500", 14500, "count", "hộ", approx="nearly",
      subject="hộ tham gia thí điểm phân loại rác tại nguồn", period=SINCE),
    F("cộng 27.300 thùng", "27.300", 27300, "count", "thùng rác",
      subject="thùng rác đã cấp phát", period=SINCE),
    F("trong đó 9.800 thùng", "9.800", 9800, "count", "thùng", total=27300,
      subject="thùng rác do các doanh nghiệp, nhà hảo tâm tài trợ", period=SINCE),
    F("khoảng 420 tấn", "420", 420, "measure", "tấn/ngày", approx="about",
      subject="rác thải sinh hoạt phát sinh"),
    F("từ 25 đến 30%", "25", 25, "percent", "%", value_max=30,
      subject="lượng rác phải chôn lấp tại các xã thí điểm"),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="lượng rác hữu cơ được người dân tận dụng để ủ phân bón cây"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="tỷ lệ hộ phân loại rác"),
    F("với 87,5%", "87,5", 87.5, "percent", "%", subject="tỷ lệ hộ phân loại rác của xã Uy Nỗ"),
    F("thêm 5 xã", "5", 5, "count", "xã", status="target", subject="xã mở rộng mô hình", period=Y24),
    F("khoảng 8.000 thùng", "8.000", 8000, "count", "thùng rác", approx="about", status="target",
      subject="thùng rác cấp phát", period=Y24),
    F("2025, 100% xã", "100", 100, "percent", "%", status="target",
      subject="xã, thị trấn thực hiện phân loại rác tại nguồn", period=TO25),
]

NOTES = [
    "District portal (huyện Đông Anh, Hà Nội): banner naming the district, menu, '22/05/2024 - 15:10' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 15:10, 'Sáng 21/5' (an event date, no period), 'Ngày Môi trường thế giới 5/6', '6 tháng đầu năm 2024' in a link, 'Số 68', phone 024.3883.2135.",
    "Every figure is in huyện Đông Anh (default location). Uy Nỗ and Vân Hà are communes: the spec's places are province, city or district,",
    "so the commune's rank and rate keep the district as location; the commune goes into the subject of 87,5%.",
    "'dung tích 60 lít' is a product spec of the bins: optional. 'do doanh nghiệp tài trợ toàn bộ' has no number.",
    "'từ năm 2022 đến nay' runs from 2022-01-01 to the dateline and covers the whole ';'-chain of that sentence; 9.800 after 'trong đó' takes total 27.300.",
    "'Mỗi ngày ... khoảng 420 tấn' is a daily rate (tấn/ngày). 'giảm từ 25 đến 30%' is a range percent figure (a change as the claim, no change object).",
    "'Năm 2024, huyện phấn đấu' governs 5 xã and 8.000 thùng (target); 'đến năm 2025, 100%' continues it and is a target by itself.",
]

if __name__ == "__main__":
    write("p1508-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Đông Anh")
