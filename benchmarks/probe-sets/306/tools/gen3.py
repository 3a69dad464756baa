from lib import Doc, P, C, T

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN HIỆP HÒA
Kinh tế > Nông nghiệp - Nông thôn

Hiệp Hòa hoàn thành Tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi đợt 1

Thực hiện Kế hoạch số 87/KH-UBND của UBND huyện, trong tháng 4/2024, Tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi đợt 1 đã được tổ chức đồng loạt tại 25/25 xã, thị trấn trên địa bàn huyện.

Huyện đã tiếp nhận 6.850 lít hóa chất Benkocid, Han-Iodine từ nguồn dự trữ của tỉnh; đồng thời mua bổ sung 2.400 lít hóa chất và 35 tấn vôi bột cấp cho các xã, với tổng kinh phí gần 1,2 tỷ đồng. Tổng lượng hóa chất sử dụng trong đợt là 9.250 lít, tăng 18% so với cùng kỳ năm 2023; mỗi xã được cấp từ 250 đến 400 lít tùy quy mô đàn.

Các xã đã phun tiêu độc cho khoảng 12.600 hộ chăn nuôi, 186 trang trại, 9 chợ buôn bán gia súc, gia cầm và 3 cơ sở giết mổ tập trung, với tổng diện tích phun khử trùng trên 1,85 triệu m2. Xã Đoan Bái, xã Lương Phong và thị trấn Thắng là những đơn vị thực hiện tốt, ra quân từ 5 giờ 30 sáng ngày 2/4.

Trong tháng, trên địa bàn huyện không phát sinh ổ dịch mới. Hiện đàn lợn của huyện có khoảng 185 nghìn con, đàn gia cầm trên 3,2 triệu con, đàn trâu, bò gần 14.000 con.

Ông Nguyễn Văn Bảy, Trưởng phòng Nông nghiệp và PTNT huyện, cho biết: đợt 2 sẽ tổ chức vào tháng 9/2024, huyện phấn đấu 100% số xã, thị trấn tổ chức phun khử trùng, sử dụng tối thiểu 10.000 lít hóa chất; 100% hộ chăn nuôi quy mô từ 50 con lợn trở lên được hướng dẫn áp dụng biện pháp an toàn sinh học.

Người dân cần hỗ trợ kỹ thuật liên hệ Trạm Chăn nuôi và Thú y huyện, số điện thoại 0204.3872.105.

Thu Hà - Phòng NN&PTNT
06/5/2024
"""

d = Doc("p306-3", TEXT, [
    "District portal (huyện Hiệp Hòa, Bắc Giang): disinfection month round 1, April 2024. No dateline at the top; bare date '06/5/2024' at the end.",
    "Distractors: 'Kế hoạch số 87/KH-UBND', product names, '5 giờ 30 sáng ngày 2/4', phone 0204.3872.105, byline, bare date.",
    "'trong tháng 4/2024' is the round's period; the next paragraphs inherit it. 'Trong tháng' + 'Hiện' give the herd counts no period (no figure in the 'Trong tháng' sentence).",
    "'mỗi xã được cấp từ 250 đến 400 lít': a range, value 250, value_max 400. '9.250 lít, tăng 18% so với cùng kỳ năm 2023': change on 9.250.",
    "Round 2 (tháng 9/2024) 'phấn đấu … 100% …, tối thiểu 10.000 lít' are targets; the threshold 'từ 50 con lợn trở lên' is optional.",
], published="2024-05-06", location="Hiệp Hòa")

PER = P("trong tháng 4/2024", "2024-04-01", "2024-04-30")
PERi = dict(PER, inherited=True)
P2 = P("tháng 9/2024", "2024-09-01", "2024-09-30")

d.f("25/25 xã", "25", 25, "count", "xã, thị trấn", "xã, thị trấn tổ chức Tháng vệ sinh, tiêu độc, khử trùng", total=25, period=PER)
d.f("6.850 lít", "6.850", 6850, "measure", "lít", "hóa chất tiếp nhận từ nguồn dự trữ của tỉnh", period=PERi)
d.f("2.400 lít", "2.400", 2400, "measure", "lít", "hóa chất mua bổ sung", period=PERi)
d.f("35 tấn", "35", 35, "measure", "tấn", "vôi bột mua bổ sung", period=PERi)
d.f("gần 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "tổng kinh phí mua hóa chất, vôi bột", approx="nearly", period=PERi)
d.f("là 9.250 lít", "9.250", 9250, "measure", "lít", "tổng lượng hóa chất sử dụng trong đợt",
    change=C("increase", 18, "%", "cùng kỳ năm 2023"), period=PERi)
d.f("từ 250 đến 400 lít", "250", 250, "measure", "lít", "hóa chất cấp cho mỗi xã", value_max=400, period=PERi)
d.f("khoảng 12.600 hộ", "12.600", 12600, "count", "hộ chăn nuôi", "hộ chăn nuôi được phun tiêu độc", approx="about", period=PERi)
d.f("186 trang trại", "186", 186, "count", "trang trại", "trang trại được phun tiêu độc", period=PERi)
d.f("9 chợ", "9", 9, "count", "chợ", "chợ buôn bán gia súc, gia cầm được phun tiêu độc", period=PERi)
d.f("3 cơ sở giết mổ", "3", 3, "count", "cơ sở giết mổ", "cơ sở giết mổ tập trung được phun tiêu độc", period=PERi)
d.f("trên 1,85 triệu m2", "1,85", 1850000, "measure", "m2", "tổng diện tích phun khử trùng", approx="over", period=PERi)
d.f("khoảng 185 nghìn con", "185", 185000, "count", "con", "đàn lợn", approx="about")
d.f("trên 3,2 triệu con", "3,2", 3200000, "count", "con", "đàn gia cầm", approx="over")
d.f("gần 14.000 con", "14.000", 14000, "count", "con", "đàn trâu, bò", approx="nearly")
d.f("phấn đấu 100% số xã", "100", 100, "percent", "%", "xã, thị trấn tổ chức phun khử trùng", status="target", period=P2)
d.f("tối thiểu 10.000 lít", "10.000", 10000, "measure", "lít", "hóa chất sử dụng", approx="at_least", status="target", period=P2)
d.f("100% hộ chăn nuôi", "100", 100, "percent", "%", "hộ chăn nuôi quy mô từ 50 con lợn trở lên được hướng dẫn áp dụng biện pháp an toàn sinh học",
    status="target", period=P2)
d.f("từ 50 con lợn trở lên", "50", 50, "count", "con", "quy mô hộ chăn nuôi", approx="at_least", optional=True)
d.write()
