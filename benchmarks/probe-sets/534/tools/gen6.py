"""p534-6: national press (VnExpress style), venture investment in Vietnamese start-ups 2023."""
from lib import F, P, INH, CH, emit

TEXT = """Khoa học > Đổi mới sáng tạo
Thứ ba, 27/2/2024, 06:30 (GMT+7)

Vốn đầu tư vào startup Việt giảm 38%

Năm 2023, các startup Việt Nam nhận 529 triệu USD vốn đầu tư, giảm 38% so với năm 2022, theo báo cáo của Trung tâm Đổi mới sáng tạo quốc gia (NIC). Riêng quý IV/2023, vốn đầu tư chỉ đạt 97 triệu USD.

Số thương vụ đạt 123, giảm 12% so với năm trước; quy mô bình quân khoảng 4,3 triệu USD/thương vụ. Các thương vụ giai đoạn hạt giống (seed) chiếm khoảng 60%, giá trị bình quân 1,1 triệu USD mỗi thương vụ.

Fintech tiếp tục là lĩnh vực hút vốn nhiều nhất với 143 triệu USD, chiếm 27% tổng vốn; tiếp đến là thương mại điện tử 86 triệu USD, giáo dục công nghệ (edtech) 61 triệu USD và y tế số 35 triệu USD. Riêng vốn đổ vào các startup trí tuệ nhân tạo (AI) gấp 2,5 lần năm 2022.

Xét theo địa bàn, TP HCM chiếm 54% số thương vụ, Hà Nội chiếm 31%, phần còn lại thuộc Đà Nẵng và các tỉnh khác.

Theo NIC, đến cuối năm 2023, Việt Nam có khoảng 4.000 startup, 208 quỹ đầu tư đang hoạt động và 84 tổ chức thúc đẩy kinh doanh, vườn ươm. Trụ sở NIC đặt tại số 7 Tôn Thất Thuyết, Cầu Giấy, Hà Nội.

Đại diện NIC dự báo năm 2024 vốn đầu tư vào startup Việt sẽ phục hồi, tăng từ 15 đến 20% so với năm 2023, nhờ làn sóng AI và chip bán dẫn.

Minh Sơn
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    F("startup Việt giảm 38%", "38", 38, "percent", "%", "vốn đầu tư vào startup Việt"),
    F("nhận 529 triệu USD", "529", 529e6, "money", "USD", "vốn đầu tư vào startup Việt Nam", Y23,
      change=CH("decrease", 38, "%", "năm 2022")),
    F("đạt 97 triệu USD", "97", 97e6, "money", "USD", "vốn đầu tư vào startup Việt Nam",
      P("quý IV/2023", "2023-10-01", "2023-12-31")),
    F("đạt 123", "123", 123, "count", "thương vụ", "số thương vụ", INH(Y23),
      change=CH("decrease", 12, "%", "năm trước")),
    F("khoảng 4,3 triệu USD/thương vụ", "4,3", 4.3e6, "money", "USD/thương vụ", "quy mô bình quân mỗi thương vụ",
      INH(Y23), approx="about"),
    F("khoảng 60%", "60", 60, "percent", "%", "thương vụ giai đoạn hạt giống (seed)", INH(Y23), approx="about"),
    F("1,1 triệu USD", "1,1", 1.1e6, "money", "USD/thương vụ", "giá trị bình quân mỗi thương vụ giai đoạn hạt giống",
      INH(Y23)),
    F("với 143 triệu USD", "143", 143e6, "money", "USD", "vốn đầu tư vào lĩnh vực fintech", INH(Y23), percent=27),
    F("86 triệu USD", "86", 86e6, "money", "USD", "vốn đầu tư vào lĩnh vực thương mại điện tử", INH(Y23)),
    F("61 triệu USD", "61", 61e6, "money", "USD", "vốn đầu tư vào lĩnh vực giáo dục công nghệ (edtech)", INH(Y23)),
    F("35 triệu USD", "35", 35e6, "money", "USD", "vốn đầu tư vào lĩnh vực y tế số", INH(Y23)),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "vốn đổ vào các startup trí tuệ nhân tạo (AI) so với năm 2022",
      INH(Y23)),
    F("chiếm 54%", "54", 54, "percent", "%", "số thương vụ", INH(Y23), location="TP Hồ Chí Minh"),
    F("chiếm 31%", "31", 31, "percent", "%", "số thương vụ", INH(Y23), location="Hà Nội"),
    F("khoảng 4.000 startup", "4.000", 4000, "count", "startup", "startup", ASOF, approx="about"),
    F("208 quỹ", "208", 208, "count", "quỹ đầu tư", "quỹ đầu tư đang hoạt động", ASOF),
    F("84 tổ chức", "84", 84, "count", "tổ chức", "tổ chức thúc đẩy kinh doanh, vườn ươm", ASOF),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "vốn đầu tư vào startup Việt tăng so với năm 2023",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=20, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style, invented): vốn đầu tư mạo hiểm vào startup Việt Nam năm 2023. Dateline 'Thứ ba, 27/2/2024, 06:30 (GMT+7)'.",
    "Not figures: '(GMT+7)', '06:30', 'quý IV/2023', address 'số 7 Tôn Thất Thuyết, Cầu Giấy, Hà Nội', AI, byline.",
    "Headline 'giảm 38%' stands alone, so it is a percent figure with no change; in the lead the same 38% is the change of 529 triệu USD.",
    "'Các thương vụ giai đoạn hạt giống chiếm khoảng 60%' has no amount of its own: a percent figure. '143 triệu USD, chiếm 27% tổng vốn'",
    "takes 27 as percent; no total (the whole is not numbered there). Sector list items: subject = indicator + sector (sectors are not places).",
    "'gấp 2,5 lần năm 2022' standing alone is a multiple. 'TP HCM chiếm 54%', 'Hà Nội chiếm 31%': location is the city.",
    "'tăng từ 15 đến 20% so với năm 2023' after 'dự báo' is a forecast growth rate (percent range, no change).",
]

if __name__ == "__main__":
    emit("p534-6", TEXT, COMMENTS, FIGS, published="2024-02-27", location="Việt Nam")
