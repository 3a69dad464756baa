"""p1516-6: national newspaper: mosquito coils and sprays sell fast in Hà Nội as dengue rises (8/2024)."""
from lib import F, P, inh, C, T, write

TEXT = """Thứ năm, 15/8/2024, 10:25 (GMT+7)

Nhang muỗi, bình xịt côn trùng bán chạy khi sốt xuất huyết tăng

Sức mua sản phẩm diệt muỗi ở Hà Nội tăng mạnh, nhiều cửa hàng bán gấp 2-3 lần ngày thường.

Chị Trần Thu Hà, chủ cửa hàng tạp hóa ở số 126 phố Hoàng Văn Thái (quận Thanh Xuân), cho biết mỗi ngày cửa hàng bán hơn 100 hộp nhang muỗi, gấp ba lần hồi đầu tháng 7, và khoảng 60 bình xịt côn trùng. Nhang muỗi có giá 12.000-18.000 đồng/hộp, tăng 2.000-3.000 đồng so với năm ngoái. Bình xịt loại 600 ml giá 68.000-85.000 đồng/bình.

Đại diện chuỗi siêu thị Sao Việt Mart cho biết, hai tuần đầu tháng 8, doanh số nhóm sản phẩm diệt côn trùng tại 36 cửa hàng của chuỗi ở Hà Nội tăng 45% so với cùng kỳ, riêng máy đuổi muỗi dùng tinh dầu tăng gần gấp đôi. Chuỗi đã nhập thêm khoảng 20.000 sản phẩm để phục vụ mùa dịch.

Theo Sở Y tế Hà Nội, từ đầu năm đến ngày 11/8, thành phố ghi nhận 3.960 ca sốt xuất huyết, chưa có ca tử vong; riêng tuần qua có 486 ca, tăng 17% so với tuần trước. Hiện có 52 ổ dịch đang hoạt động, tập trung ở các quận Hoàng Mai, Đống Đa, Thanh Xuân.

Bác sĩ Lê Minh Khoa, Trung tâm Kiểm soát bệnh tật Hà Nội, khuyến cáo chỉ dùng sản phẩm có số đăng ký lưu hành của Bộ Y tế, không đốt nhang muỗi trong phòng kín, không dùng kem xoa cho trẻ dưới 2 tháng tuổi. "Hóa chất diệt muỗi chỉ là biện pháp hỗ trợ, quan trọng nhất vẫn là loại bỏ lăng quăng, bọ gậy", ông nói.

Hoài Thu
"""

W2 = P("hai tuần đầu tháng 8", "2024-08-01", "2024-08-14")
YTD = P("từ đầu năm đến ngày 11/8", "2024-01-01", "2024-08-11")
TX = "Thanh Xuân"

FIGS = [
    F("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
      subject="lượng bán của nhiều cửa hàng so với ngày thường"),
    F("hơn 100 hộp", "100", 100, "measure", "hộp/ngày", approx="over",
      change=C("increase", 3, "lần", "đầu tháng 7"),
      subject="nhang muỗi cửa hàng bán mỗi ngày", location=TX),
    F("khoảng 60 bình", "60", 60, "measure", "bình/ngày", approx="about",
      subject="bình xịt côn trùng cửa hàng bán mỗi ngày", location=TX),
    F("giá 12.000-18.000", "12.000", 12000, "money", "đồng/hộp", value_max=18000,
      change=C("increase", 2000, "đồng", "năm ngoái"), subject="giá nhang muỗi", location=TX),
    F("loại 600 ml", "600", 600, "measure", "ml", optional=True),
    F("giá 68.000-85.000", "68.000", 68000, "money", "đồng/bình", value_max=85000,
      subject="giá bình xịt loại 600 ml", location=TX),
    F("tại 36 cửa hàng", "36", 36, "count", "cửa hàng",
      subject="cửa hàng của chuỗi siêu thị Sao Việt Mart ở Hà Nội"),
    F("tăng 45%", "45", 45, "percent", "%", subject="doanh số nhóm sản phẩm diệt côn trùng", period=W2),
    F("gần gấp đôi", "đôi", 2, "multiple", "lần", approx="nearly",
      subject="doanh số máy đuổi muỗi dùng tinh dầu", period=W2),
    F("khoảng 20.000 sản phẩm", "20.000", 20000, "count", "sản phẩm", approx="about",
      subject="sản phẩm chuỗi nhập thêm"),
    F("ghi nhận 3.960 ca", "3.960", 3960, "count", "ca", subject="ca sốt xuất huyết", period=YTD),
    F("có 486 ca", "486", 486, "count", "ca", change=C("increase", 17, "%", "tuần trước"),
      subject="ca sốt xuất huyết tuần qua"),
    F("có 52 ổ dịch", "52", 52, "count", "ổ dịch", subject="ổ dịch đang hoạt động"),
    F("dưới 2 tháng tuổi", "2", 2, "measure", "tháng tuổi", approx="under", optional=True),
]

NOTES = [
    "National newspaper: 'Thứ năm, 15/8/2024, 10:25 (GMT+7)', sapo, byline at the end. Mosquito coils and sprays in Hà Nội.",
    "Distractors: '(GMT+7)', 'số 126 phố Hoàng Văn Thái', 'tháng 7' (baseline), 'ngày 11/8' (as-of period).",
    "Location Hà Nội by default; the shop paragraph (quận Thanh Xuân) gives Thanh Xuân to its figures, prices included.",
    "'gấp 2-3 lần ngày thường' and 'tăng gần gấp đôi' stand alone as the claim: kind multiple. 'gấp ba lần hồi đầu tháng 7' follows",
    "'hơn 100 hộp' and is its change (3 lần). 'tăng 2.000-3.000 đồng so với năm ngoái': change 2 000 đồng (the low end).",
    "'tăng 45% so với cùng kỳ' is a growth rate stated as the claim: percent figure, no change.",
    "'mỗi ngày ... bán' gives rates hộp/ngày, bình/ngày (measure). 'tuần qua' has no calendar mapping in the spec: no period.",
    "The bottle size 'loại 600 ml' and 'dưới 2 tháng tuổi' (an age limit, cf. 'dưới 1 tuổi' in h24) are optional.",
]

if __name__ == "__main__":
    write("p1516-6", TEXT, NOTES, FIGS, published="2024-08-15", location="Hà Nội")
