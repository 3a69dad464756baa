"""p1081-1: Lào Cai province portal, automatic rain gauges installed before the flood season (2024-05-14)."""
from lib import F, P, C, T, day, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường
Lào Cai bổ sung 35 trạm đo mưa tự động trước mùa mưa lũ
Cập nhật: 14/05/2024 09:20 | Lượt xem: 2.315

Sở Tài nguyên và Môi trường tỉnh Lào Cai vừa hoàn thành lắp đặt 35 trạm đo mưa tự động tại các xã có nguy cơ cao về lũ quét, sạt lở đất, trong đó huyện Bát Xát 12 trạm, thị xã Sa Pa 9 trạm, huyện Bắc Hà 8 trạm và huyện Văn Bàn 6 trạm. Tổng kinh phí đầu tư khoảng 7,8 tỷ đồng từ ngân sách tỉnh theo Quyết định số 1035/QĐ-UBND, bình quân gần 223 triệu đồng/trạm.

Với số trạm mới, toàn tỉnh hiện có 187 trạm quan trắc khí tượng thủy văn tự động, tăng 64 trạm so với năm 2020; trong đó có 142 trạm đo mưa, 28 trạm đo mực nước và 17 trạm khí tượng. Số liệu được truyền về hệ thống giám sát của tỉnh với tần suất 10 phút/lần; tỷ lệ truyền số liệu thành công trong quý I/2024 đạt 97,6%.

Năm 2023, Đài Khí tượng Thủy văn tỉnh đã phát hành 1.126 bản tin dự báo, cảnh báo, trong đó có 214 bản tin cảnh báo lũ quét, sạt lở đất. Nhờ thông tin cảnh báo sớm, các địa phương đã chủ động di dời 1.350 hộ dân ra khỏi vùng nguy hiểm. Riêng trận mưa lớn đêm 9/9/2023, trạm Y Tý (Bát Xát) đo được 186 mm, cao nhất toàn tỉnh.

Theo kế hoạch, đến năm 2025 tỉnh phấn đấu nâng tổng số trạm đo mưa tự động lên 200 trạm, bảo đảm 100% xã có nguy cơ cao về lũ quét có ít nhất 1 trạm. Dự báo năm 2024, tổng lượng mưa trên địa bàn tỉnh cao hơn trung bình nhiều năm khoảng 10-15%.

Đường dây nóng phòng chống thiên tai: 0214.3840.115
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
SUBJ_NEW = "trạm đo mưa tự động lắp đặt bổ sung"
FIGS = [
    F("Lào Cai bổ sung 35 trạm", "35", 35, "count", "trạm đo mưa tự động", SUBJ_NEW),
    F("lắp đặt 35 trạm đo mưa tự động", "35", 35, "count", "trạm đo mưa tự động", SUBJ_NEW),
    F("huyện Bát Xát 12 trạm", "12", 12, "count", "trạm", SUBJ_NEW, total=35, location="Bát Xát"),
    F("thị xã Sa Pa 9 trạm", "9", 9, "count", "trạm", SUBJ_NEW, total=35, location="Sa Pa"),
    F("huyện Bắc Hà 8 trạm", "8", 8, "count", "trạm", SUBJ_NEW, total=35, location="Bắc Hà"),
    F("huyện Văn Bàn 6 trạm", "6", 6, "count", "trạm", SUBJ_NEW, total=35, location="Văn Bàn"),
    F("khoảng 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng", "tổng kinh phí đầu tư", approx="about"),
    F("gần 223 triệu đồng/trạm", "223", 223e6, "money", "đồng/trạm", "kinh phí đầu tư bình quân mỗi trạm",
      approx="nearly"),
    F("có 187 trạm quan trắc", "187", 187, "count", "trạm quan trắc khí tượng thủy văn tự động",
      "trạm quan trắc khí tượng thủy văn tự động", change=C("increase", 64, "trạm", "năm 2020")),
    F("có 142 trạm đo mưa", "142", 142, "count", "trạm đo mưa", "trạm đo mưa", total=187),
    F("28 trạm đo mực nước", "28", 28, "count", "trạm đo mực nước", "trạm đo mực nước", total=187),
    F("17 trạm khí tượng", "17", 17, "count", "trạm khí tượng", "trạm khí tượng", total=187),
    F("tần suất 10 phút/lần", "10", 10, "measure", "phút/lần", "tần suất truyền số liệu về hệ thống giám sát"),
    F("đạt 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ truyền số liệu thành công",
      P("quý I/2024", "2024-01-01", "2024-03-31")),
    F("phát hành 1.126 bản tin", "1.126", 1126, "count", "bản tin", "bản tin dự báo, cảnh báo phát hành", Y23),
    F("có 214 bản tin", "214", 214, "count", "bản tin", "bản tin cảnh báo lũ quét, sạt lở đất", Y23, total=1126),
    F("di dời 1.350 hộ dân", "1.350", 1350, "count", "hộ dân", "hộ dân di dời ra khỏi vùng nguy hiểm",
      P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("đo được 186 mm", "186", 186, "measure", "mm", "lượng mưa tại trạm Y Tý",
      day("đêm 9/9/2023", "2023-09-09"), location="Bát Xát"),
    F("lên 200 trạm", "200", 200, "count", "trạm", "tổng số trạm đo mưa tự động", TO25, status="target"),
    F("bảo đảm 100% xã", "100", 100, "percent", "%", "xã có nguy cơ cao về lũ quét có trạm đo mưa", TO25,
      status="target"),
    F("ít nhất 1 trạm", "1", 1, "count", "trạm", "trạm đo mưa mỗi xã", TO25, approx="at_least",
      status="target", optional=True),
    F("khoảng 10-15%", "10", 10, "percent", "%", "tổng lượng mưa cao hơn trung bình nhiều năm",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=15, approx="about", status="forecast"),
]

NOTES = [
    "Lào Cai province portal: 35 new automatic rain gauges (district breakdown after 'trong đó'), network size, bulletins 2023, targets 2025.",
    "Distractors: 'Lượt xem: 2.315', dateline time, 'Quyết định số 1035/QĐ-UBND', 'đêm 9/9/2023', hotline 0214.3840.115.",
    "'hiện có 187 trạm' has no period ('hiện'); 'ít nhất 1 trạm' per commune is a threshold (optional).",
    "'cao hơn trung bình nhiều năm khoảng 10-15%' has no base amount: a percent figure with no change.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-05-14", location="Lào Cai")
