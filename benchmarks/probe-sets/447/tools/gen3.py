from lib import F, P, I, build

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH GIA LAI
Trang chủ › Truyền thông - Giáo dục sức khỏe

Gia tăng số người bị chó cắn phải tiêm phòng dại, 6 ca tử vong trong nửa đầu năm

Theo báo cáo của Khoa Phòng, chống bệnh truyền nhiễm, 6 tháng đầu năm 2024, toàn tỉnh có 7.452 người bị động vật cắn, cào phải đi tiêm vắc xin phòng dại, tăng 15,3% so với cùng kỳ năm 2023; trong đó có 2.210 trẻ em dưới 15 tuổi (chiếm 29,7%). Số người phải tiêm thêm huyết thanh kháng dại do bị cắn ở vùng đầu, mặt, cổ là 1.034 người.

Đáng lo ngại, trong 6 tháng toàn tỉnh ghi nhận 6 trường hợp tử vong do bệnh dại tại các huyện Chư Păh (2 ca), Ia Grai (2 ca), Kbang (1 ca) và Đak Đoa (1 ca). 100% các trường hợp tử vong đều không tiêm vắc xin phòng dại sau khi bị chó cắn, phần lớn tự điều trị bằng thuốc nam. Năm 2023, Gia Lai ghi nhận 11 ca tử vong, xếp thứ 2 toàn quốc, chỉ sau Đắk Lắk.

Hiện toàn tỉnh có 42 điểm tiêm phòng dại cho người, trong đó 17 điểm thuộc hệ thống y tế công lập. Chi phí một phác đồ tiêm đủ 5 mũi vắc xin tại các điểm tiêm dịch vụ khoảng từ 1,2 đến 1,5 triệu đồng, cao hơn gấp đôi so với điểm tiêm công lập, khiến nhiều người dân vùng sâu, vùng xa ngại đi tiêm.

Theo BS. Nguyễn Văn Hải, Phó Giám đốc Trung tâm, bệnh dại đã lên cơn thì gần như 100% tử vong. Người bị chó, mèo cắn cần rửa vết thương bằng xà phòng dưới vòi nước chảy trong 15 phút rồi đến ngay cơ sở y tế gần nhất.

Tỷ lệ tiêm phòng dại cho chó, mèo trên địa bàn tỉnh hiện chỉ đạt khoảng 35%, thấp hơn nhiều so với mức 70% cần thiết để tạo miễn dịch quần thể. Ngành y tế đề nghị ngành nông nghiệp tăng cường tiêm phòng, quản lý chặt đàn chó, đặc biệt tại 6 huyện có ca tử vong trong 2 năm qua.

Đường dây nóng: 0269.3824.150 (trong giờ hành chính từ 7h30 đến 17h00).
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = P("trong 6 tháng", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
DEATH = "trường hợp tử vong do bệnh dại"

FIGS = [
    F("6 ca tử vong trong nửa", "6", 6, "count", "ca", "ca tử vong",
      period=P("trong nửa đầu năm", "2024-01-01", "2024-06-30")),
    F("có 7.452 người", "7.452", 7452, "count", "người", "người bị động vật cắn, cào phải đi tiêm vắc xin phòng dại",
      change={"direction": "increase", "value": 15.3, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("có 2.210 trẻ em", "2.210", 2210, "count", "trẻ em", "trẻ em dưới 15 tuổi bị động vật cắn, cào phải đi tiêm",
      total=7452, percent=29.7, period=H1),
    F("dưới 15 tuổi", "15", 15, "measure", "tuổi", approx="under", optional=True),
    F("là 1.034 người", "1.034", 1034, "count", "người", "người phải tiêm thêm huyết thanh kháng dại", period=I(H1)),
    F("ghi nhận 6 trường hợp", "6", 6, "count", "trường hợp", DEATH, period=H1s),
    F("Chư Păh (2 ca)", "2", 2, "count", "ca", "ca tử vong do bệnh dại", total=6, period=H1s, location="Chư Păh"),
    F("Ia Grai (2 ca)", "2", 2, "count", "ca", "ca tử vong do bệnh dại", total=6, period=H1s, location="Ia Grai"),
    F("Kbang (1 ca)", "1", 1, "count", "ca", "ca tử vong do bệnh dại", total=6, period=H1s, location="Kbang"),
    F("Đak Đoa (1 ca)", "1", 1, "count", "ca", "ca tử vong do bệnh dại", total=6, period=H1s, location="Đak Đoa"),
    F("100% các trường hợp", "100", 100, "percent", "%", "các trường hợp tử vong không tiêm vắc xin phòng dại", period=I(H1s)),
    F("ghi nhận 11 ca", "11", 11, "count", "ca", "ca tử vong do bệnh dại", period=Y23),
    F("xếp thứ 2 toàn quốc", "2", 2, "rank", "hạng", "ca tử vong do bệnh dại", period=Y23),
    F("có 42 điểm", "42", 42, "count", "điểm", "điểm tiêm phòng dại cho người"),
    F("trong đó 17 điểm", "17", 17, "count", "điểm", "điểm tiêm thuộc hệ thống y tế công lập", total=42),
    F("đủ 5 mũi", "5", 5, "count", "mũi", optional=True),
    F("từ 1,2 đến 1,5 triệu", "1,2", 1.2e6, "money", "đồng", "chi phí một phác đồ tiêm vắc xin tại các điểm tiêm dịch vụ",
      value_max=1.5e6, approx="about",
      change={"direction": "increase", "value": 2, "unit": "lần", "baseline": "điểm tiêm công lập"}),
    F("gần như 100% tử vong", "100", 100, "percent", "%", "tỷ lệ tử vong khi bệnh dại đã lên cơn", approx="nearly", optional=True),
    F("trong 15 phút", "15", 15, "measure", "phút", optional=True),
    F("khoảng 35%", "35", 35, "percent", "%", "tỷ lệ tiêm phòng dại cho chó, mèo", approx="about"),
    F("mức 70% cần thiết", "70", 70, "percent", "%", "tỷ lệ tiêm phòng cần thiết để tạo miễn dịch quần thể", optional=True),
    F("tại 6 huyện", "6", 6, "count", "huyện", "huyện có ca tử vong"),
    F("trong 2 năm qua", "2", 2, "count", "năm", optional=True),
]

COMMENTS = [
    "CDC site (Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai): people bitten, post-exposure vaccination and rabies deaths, 6 months of 2024. No dateline: published null.",
    "Distractors: hotline 0269.3824.150, office hours 7h30–17h00, 'BS.' title. Age 'dưới 15 tuổi', '5 mũi' (regimen), '15 phút' (advice), 'trong 2 năm qua' are optional.",
    "'trong đó có 2.210 trẻ em … (chiếm 29,7%)': part of 7.452 with its share. The bracketed district counts (2+2+1+1) add up to 6: total 6, districts in location.",
    "'xếp thứ 2 toàn quốc' is the province's rank on deaths in 2023 (location Gia Lai). 'gần như 100% tử vong' is general medical knowledge (optional);",
    "'100% các trường hợp tử vong' in this province is a figure. 'cao hơn gấp đôi so với điểm tiêm công lập' follows the price range: its change (2 lần).",
    "'mức 70% cần thiết để tạo miễn dịch quần thể' is a threshold, not this province's plan: optional, and not the 35%'s target.",
    "'6 huyện có ca tử vong trong 2 năm qua': a count; the relative period cannot be dated (no published date), so no period.",
    "Headline '6 ca tử vong trong nửa đầu năm' restates the deaths: 'nửa đầu năm' = first half; year 2024 implied by the baseline 'cùng kỳ năm 2023'.",
]

if __name__ == "__main__":
    build("p447-3", TEXT, COMMENTS, FIGS, published=None, location="Gia Lai")
