"""p704-8: city daily (Hà Nội Mới style, byline + time dateline, HNMO tag), destruction of counterfeit goods, to 31/10/2024."""
from lib import F, P, I, CH, emit

TEXT = """Hà Nội tiêu hủy hơn 2,6 tấn hàng giả, hàng nhập lậu trị giá 3,4 tỷ đồng

ĐỨC MINH 10:35, 14/11/2024

HNMO - Sáng 13/11, tại Khu xử lý chất thải Nam Sơn (huyện Sóc Sơn), Cục Quản lý thị trường TP Hà Nội phối hợp với Công ty TNHH MTV Môi trường đô thị Hà Nội tổ chức tiêu hủy lô hàng vi phạm thứ 3 trong năm 2024.

Số hàng bị tiêu hủy gồm 36.820 sản phẩm các loại với tổng khối lượng hơn 2,6 tấn, trị giá khoảng 3,4 tỷ đồng. Trong đó, mỹ phẩm giả mạo nhãn hiệu có 14.300 sản phẩm, thực phẩm chức năng không rõ nguồn gốc 8.950 hộp, quần áo, giày dép giả 9.170 chiếc, còn lại là đồ chơi trẻ em, linh kiện điện tử.

Theo Cục Quản lý thị trường TP Hà Nội, tính đến ngày 31/10/2024, lực lượng đã kiểm tra 4.386 vụ, xử lý 3.952 vụ vi phạm, thu nộp ngân sách nhà nước 59,8 tỷ đồng, tăng 11,2% so với cùng kỳ năm 2023. Số vụ vi phạm về hàng giả, hàng xâm phạm quyền sở hữu trí tuệ là 742 vụ, tập trung tại các quận Hoàn Kiếm (186 vụ), Đống Đa (121 vụ) và Cầu Giấy (98 vụ).

Nhiều mặt hàng mỹ phẩm giả được các đối tượng nhập với giá chỉ từ 25.000 đến 40.000 đồng/sản phẩm, sau đó bán ra gấp 5-7 lần. Cục trưởng Nguyễn Trọng Thắng cho biết, dự kiến đến hết năm 2024, Cục sẽ tổ chức thêm 2 đợt tiêu hủy với tổng khối lượng khoảng 4 tấn.

Người dân có thể phản ánh hành vi vi phạm qua số điện thoại 0243.9421.345.
"""

AS = P("tính đến ngày 31/10/2024", None, "2024-10-31")
EOY = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("tiêu hủy hơn 2,6 tấn", "2,6", 2.6, "measure", "tấn", approx="over",
      subject="hàng giả, hàng nhập lậu tiêu hủy"),
    F("trị giá 3,4 tỷ đồng", "3,4", 3400000000, "money", "đồng",
      subject="trị giá hàng giả, hàng nhập lậu tiêu hủy"),
    F("gồm 36.820 sản phẩm", "36.820", 36820, "count", "sản phẩm",
      subject="sản phẩm các loại bị tiêu hủy"),
    F("lượng hơn 2,6 tấn", "2,6", 2.6, "measure", "tấn", approx="over",
      subject="tổng khối lượng hàng bị tiêu hủy"),
    F("khoảng 3,4 tỷ đồng", "3,4", 3400000000, "money", "đồng", approx="about",
      subject="trị giá hàng bị tiêu hủy"),
    F("có 14.300 sản phẩm", "14.300", 14300, "count", "sản phẩm", total=36820,
      subject="mỹ phẩm giả mạo nhãn hiệu"),
    F("8.950 hộp", "8.950", 8950, "count", "hộp", total=36820,
      subject="thực phẩm chức năng không rõ nguồn gốc"),
    F("9.170 chiếc", "9.170", 9170, "count", "chiếc", total=36820,
      subject="quần áo, giày dép giả"),
    F("kiểm tra 4.386 vụ", "4.386", 4386, "count", "vụ",
      subject="vụ lực lượng quản lý thị trường kiểm tra", period=AS),
    F("xử lý 3.952 vụ", "3.952", 3952, "count", "vụ",
      subject="vụ vi phạm xử lý", period=AS),
    F("59,8 tỷ đồng", "59,8", 59800000000, "money", "đồng",
      change=CH("increase", 11.2, "%", "cùng kỳ năm 2023"),
      subject="thu nộp ngân sách nhà nước", period=AS),
    F("là 742 vụ", "742", 742, "count", "vụ",
      subject="vụ vi phạm về hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", period=I(AS)),
    F("Hoàn Kiếm (186 vụ)", "186", 186, "count", "vụ",
      subject="vụ vi phạm về hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", period=I(AS), location="Hoàn Kiếm"),
    F("Đống Đa (121 vụ)", "121", 121, "count", "vụ",
      subject="vụ vi phạm về hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", period=I(AS), location="Đống Đa"),
    F("Cầu Giấy (98 vụ)", "98", 98, "count", "vụ",
      subject="vụ vi phạm về hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", period=I(AS), location="Cầu Giấy"),
    F("từ 25.000 đến 40.000", "25.000", 25000, "money", "đồng/sản phẩm", value_max=40000,
      subject="giá nhập mỹ phẩm giả"),
    F("gấp 5-7 lần", "5", 5, "multiple", "lần", value_max=7,
      subject="giá bán ra mỹ phẩm giả so với giá nhập"),
    F("thêm 2 đợt", "2", 2, "count", "đợt", status="forecast",
      subject="đợt tiêu hủy tổ chức thêm", period=EOY),
    F("khoảng 4 tấn", "4", 4, "measure", "tấn", approx="about", status="forecast",
      subject="tổng khối lượng tiêu hủy", period=EOY),
]

COMMENTS = [
    "Báo Hà Nội Mới style (HNMO tag, byline + time + date): Cục QLTT Hà Nội tiêu hủy hàng giả, kết quả đến 31/10/2024 (invented, probe set 704).",
    "Distractors: 'Sáng 13/11', 'lô hàng vi phạm thứ 3' (ordinal), 'Công ty TNHH MTV', Khu xử lý chất thải Nam Sơn, phone 0243.9421.345, time 10:35.",
    "14.300 sản phẩm, 8.950 hộp, 9.170 chiếc follow 'Trong đó' after the whole 36.820 sản phẩm (the goods are products): total 36820.",
    "The destruction on 13/11 has no year in its sentence and 'trong năm 2024' is the batch ordinal's frame; these figures get no period (choice).",
    "'tính đến ngày 31/10/2024' is an as-of period (start null). District list after 'tập trung tại các quận' has no part-of cue: no total.",
    "'gấp 5-7 lần' stands as the claim (mark-up): multiple with a range. 'dự kiến đến hết năm 2024' -> forecast, as-of end 2024-12-31 for both figures.",
]

if __name__ == "__main__":
    emit("p704-8", TEXT, COMMENTS, FIGS, published="2024-11-14", location="Hà Nội")
