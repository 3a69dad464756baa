"""p1062-2: district portal (huyện Cam Lâm, Khánh Hòa), ETC tag-sticking campaign, 2023."""
from lib import F, P, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAM LÂM
Trang chủ > Tin tức - Sự kiện > Kinh tế - Hạ tầng
Thứ Tư, 18/10/2023 - 10:20

Hơn 2.400 phương tiện được dán thẻ thu phí không dừng

Thực hiện Kế hoạch số 256/KH-UBND của UBND huyện về đợt cao điểm dán thẻ lần thứ 2 năm 2023, từ ngày 15/9 đến 15/10/2023, Công an huyện phối hợp với các nhà cung cấp dịch vụ VETC và ePass tổ chức 14 điểm dán thẻ lưu động tại trung tâm các xã, thị trấn.

Kết quả, đã có 2.418 phương tiện được dán thẻ miễn phí, trong đó 1.906 xe ô tô con và 512 xe tải, xe khách. Các địa phương dán được nhiều thẻ nhất là thị trấn Cam Đức (637 xe), xã Cam Hải Tây (294 xe) và xã Cam Thành Bắc (251 xe).

Hiện toàn huyện có khoảng 9.200 ô tô, tỷ lệ xe đã dán thẻ đạt 78%, tăng gần 20 điểm phần trăm so với tháng 6/2023.

Trạm thu phí tại nút giao Cam Lâm trên cao tốc Nha Trang - Cam Lâm có 4 làn thu phí, bình quân mỗi ngày đêm phục vụ khoảng 6.500 lượt xe. Mức phí áp dụng cho xe dưới 12 chỗ là 1.500 đồng/km. Từ ngày 1/10/2023 đến nay, trạm chỉ còn duy trì 1 làn thu phí hỗn hợp, các làn còn lại thu phí tự động không dừng.

Đến hết năm 2023, huyện phấn đấu nâng tỷ lệ phương tiện dán thẻ lên trên 95%; dự kiến tổ chức thêm 6 đợt dán thẻ lưu động tại các xã vùng sâu như Sơn Tân, Cam Phước Tây.

Người dân có nhu cầu dán thẻ liên hệ Phòng Kinh tế - Hạ tầng huyện, điện thoại 0258.3983.456.

Minh Tâm
"""

CAMPAIGN = P("từ ngày 15/9 đến 15/10/2023", "2023-09-15", "2023-10-15")
CAMPAIGN_I = P("từ ngày 15/9 đến 15/10/2023", "2023-09-15", "2023-10-15", inherited=True)
END23 = P("Đến hết năm 2023", None, "2023-12-31")

FIGS = [
    F("Hơn 2.400 phương tiện", "2.400", 2400, "count", "phương tiện",
      "phương tiện được dán thẻ thu phí không dừng", approx="over"),
    F("tổ chức 14 điểm", "14", 14, "count", "điểm dán thẻ lưu động", "điểm dán thẻ lưu động", CAMPAIGN),
    F("có 2.418 phương tiện", "2.418", 2418, "count", "phương tiện", "phương tiện được dán thẻ miễn phí", CAMPAIGN_I),
    F("1.906 xe ô tô con", "1.906", 1906, "count", "xe ô tô con", "xe ô tô con được dán thẻ", CAMPAIGN_I, total=2418),
    F("512 xe tải", "512", 512, "count", "xe tải, xe khách", "xe tải, xe khách được dán thẻ", CAMPAIGN_I, total=2418),
    F("(637 xe)", "637", 637, "count", "xe", "phương tiện được dán thẻ tại thị trấn Cam Đức", CAMPAIGN_I),
    F("(294 xe)", "294", 294, "count", "xe", "phương tiện được dán thẻ tại xã Cam Hải Tây", CAMPAIGN_I),
    F("(251 xe)", "251", 251, "count", "xe", "phương tiện được dán thẻ tại xã Cam Thành Bắc", CAMPAIGN_I),
    F("khoảng 9.200 ô tô", "9.200", 9200, "count", "ô tô", "ô tô trên địa bàn huyện", approx="about"),
    F("đạt 78%", "78", 78, "percent", "%", "tỷ lệ xe đã dán thẻ",
      change=chg("increase", 20, unit="điểm phần trăm", baseline="tháng 6/2023", approx="nearly")),
    F("có 4 làn", "4", 4, "count", "làn", "làn thu phí của trạm thu phí tại nút giao Cam Lâm"),
    F("khoảng 6.500 lượt xe", "6.500", 6500, "measure", "lượt xe/ngày đêm",
      "lượt xe qua trạm thu phí bình quân mỗi ngày đêm", approx="about"),
    F("dưới 12 chỗ", "12", 12, "count", "chỗ", approx="under", optional=True),
    F("1.500 đồng/km", "1.500", 1500, "money", "đồng/km", "mức phí áp dụng cho xe dưới 12 chỗ"),
    F("duy trì 1 làn", "1", 1, "count", "làn", "làn thu phí hỗn hợp còn duy trì",
      P("Từ ngày 1/10/2023 đến nay", "2023-10-01", "2023-10-18")),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ phương tiện dán thẻ", END23, approx="over", status="target"),
    F("thêm 6 đợt", "6", 6, "count", "đợt", "đợt dán thẻ lưu động tổ chức thêm", END23, status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Cam Lâm (invented): đợt cao điểm dán thẻ ETC lần thứ 2 năm 2023, trạm thu phí nút giao Cam Lâm.",
    "Not figures: Kế hoạch số 256/KH-UBND, 'lần thứ 2' (ordinal), dates 15/9-15/10/2023 and 1/10/2023, 0258.3983.456, 'Thứ Tư'.",
    "Location: the district (Cam Lâm) for all figures; communes in the list are not provinces/districts (FIGURES.md names",
    "province, city or district), so they stay in the subject. The commune list is a ranking that does not add up: no total.",
    "78% is a share of tagged cars, a percent figure of its own (not the percent of 9.200 ô tô); the change is in điểm phần trăm.",
    "'xe dưới 12 chỗ' is a vehicle class threshold: optional. 'Từ ngày 1/10/2023 đến nay' gives start 1/10 and end at the dateline.",
]

if __name__ == "__main__":
    write("p1062-2", TEXT, FIGS, published="2023-10-18", location="Cam Lâm", notes=NOTES)
