"""p1080-2: huyện Diễn Châu (Nghệ An) district portal: clearing the railway safety corridor, 2023."""
from lib import F, P, C, T, save

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU
Tin tức - Sự kiện / Kinh tế - Hạ tầng

Diễn Châu ra quân lập lại trật tự hành lang an toàn đường sắt

14/09/2023 15:10

Sáng 13/9, UBND huyện Diễn Châu tổ chức ra quân lập lại trật tự hành lang an toàn giao thông đường sắt. Tuyến đường sắt Bắc - Nam qua địa bàn huyện dài 21,5 km, đi qua 11 xã, với 2 nhà ga là Diễn Châu và Yên Lý.

Theo thống kê của Phòng Kinh tế và Hạ tầng, trên tuyến hiện có 14 đường ngang hợp pháp và 57 lối đi tự mở. Trong 8 tháng năm 2023, trên địa bàn huyện xảy ra 4 vụ tai nạn giao thông đường sắt, làm 3 người chết; các vụ việc đều xảy ra tại lối đi tự mở hoặc do người đi bộ trên đường sắt.

Tại buổi ra quân, lực lượng chức năng đã tháo dỡ 36 công trình, lều quán vi phạm hành lang an toàn đường sắt, thu dọn khoảng 25 m3 vật liệu lấn chiếm; các xã Diễn Trung, Diễn Hồng, Diễn Yên đã rào chắn 9 lối đi tự mở (lần lượt 4, 3 và 2 lối đi).

Huyện đã bố trí 3 điểm gác tại các lối đi tự mở có nguy cơ cao ở xã Diễn Kỷ và Diễn Phú, mỗi điểm 2 người trực 24/24 giờ. Kinh phí duy trì hơn 390 triệu đồng/năm do ngân sách huyện và xã bảo đảm; mỗi người trực được hỗ trợ 3,2 triệu đồng/tháng.

Theo kế hoạch, đến hết năm 2023 huyện sẽ xóa thêm 12 lối đi tự mở, xây dựng 2,4 km đường gom dọc đường sắt với tổng mức đầu tư dự kiến 18 tỷ đồng; 100% xã có đường sắt đi qua tổ chức ký cam kết không lấn chiếm hành lang an toàn đường sắt.

Văn phòng HĐND và UBND huyện
"""

M8 = P("8 tháng năm 2023", "2023-01-01", "2023-08-31")
END23 = P("đến hết năm 2023", None, "2023-12-31")

FIGS = [
    F("dài 21,5 km", "21,5", 21.5, "measure", "km", "chiều dài tuyến đường sắt qua địa bàn huyện"),
    F("đi qua 11 xã", "11", 11, "count", "xã", "xã có đường sắt đi qua"),
    F("với 2 nhà ga", "2", 2, "count", "nhà ga", "nhà ga trên tuyến qua huyện"),
    F("có 14 đường ngang", "14", 14, "count", "đường ngang", "đường ngang hợp pháp"),
    F("và 57 lối đi", "57", 57, "count", "lối đi tự mở", "lối đi tự mở"),
    F("xảy ra 4 vụ", "4", 4, "count", "vụ", "tai nạn giao thông đường sắt", period=M8),
    F("làm 3 người chết", "3", 3, "count", "người", "người chết do tai nạn giao thông đường sắt", period=M8),
    F("tháo dỡ 36 công trình", "36", 36, "count", "công trình",
      "công trình, lều quán vi phạm hành lang an toàn đường sắt bị tháo dỡ"),
    F("khoảng 25 m3", "25", 25, "measure", "m3", "vật liệu lấn chiếm thu dọn", approx="about"),
    F("rào chắn 9 lối đi", "9", 9, "count", "lối đi tự mở", "lối đi tự mở được rào chắn"),
    F("(lần lượt 4,", "4", 4, "count", "lối đi", "lối đi tự mở được rào chắn", total=9),
    F("4, 3 và", "3", 3, "count", "lối đi", "lối đi tự mở được rào chắn", total=9),
    F("3 và 2 lối đi", "2", 2, "count", "lối đi", "lối đi tự mở được rào chắn", total=9),
    F("bố trí 3 điểm gác", "3", 3, "count", "điểm gác", "điểm gác tại lối đi tự mở có nguy cơ cao"),
    F("mỗi điểm 2 người", "2", 2, "count", "người", "người trực mỗi điểm gác"),
    F("hơn 390 triệu đồng/năm", "390", 390e6, "money", "đồng/năm", "kinh phí duy trì điểm gác", approx="over"),
    F("3,2 triệu đồng/tháng", "3,2", 3.2e6, "money", "đồng/tháng", "mức hỗ trợ mỗi người trực"),
    F("xóa thêm 12 lối đi", "12", 12, "count", "lối đi tự mở", "lối đi tự mở xóa thêm",
      status="target", period=END23),
    F("xây dựng 2,4 km", "2,4", 2.4, "measure", "km", "đường gom dọc đường sắt xây dựng",
      status="target", period=END23),
    F("dự kiến 18 tỷ đồng", "18", 18e9, "money", "đồng", "tổng mức đầu tư xây dựng đường gom",
      status="forecast", period=END23),
    F("100% xã", "100", 100, "percent", "%", "xã có đường sắt đi qua ký cam kết không lấn chiếm hành lang an toàn",
      status="target", period=END23),
]

COMMENTS = [
    "Cổng TTĐT huyện Diễn Châu (Nghệ An): ra quân lập lại trật tự hành lang an toàn đường sắt (invented). Dateline '14/09/2023 15:10'.",
    "Communes (Diễn Trung, Diễn Hồng, Diễn Yên, Diễn Kỷ, Diễn Phú) lie in the district: location stays Diễn Châu (the spec's finest level is the district).",
    "'(lần lượt 4, 3 và 2 lối đi)' is a bracketed breakdown right after 9 lối đi that adds up to it: total 9.",
    "'Theo kế hoạch, đến hết năm 2023 …' governs the sentence: target; 'tổng mức đầu tư dự kiến 18 tỷ đồng' has its own cue: forecast.",
    "Not figures: 'Sáng 13/9', '24/24 giờ' (round the clock), the dateline time 15:10.",
]

if __name__ == "__main__":
    save(2, TEXT, FIGS, COMMENTS, published="2023-09-14", location="Diễn Châu")
