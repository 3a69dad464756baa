"""p1279-2: district portal (huyện Kỳ Sơn, Nghệ An): community-based rehabilitation, 6 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kỳ Sơn đẩy mạnh cai nghiện ma túy tại gia đình và cộng đồng

Ngày đăng: 22/07/2024 | Người viết: Lô Văn Thắng

Theo Phòng Lao động - Thương binh và Xã hội huyện, 6 tháng đầu năm 2024, toàn huyện đã lập hồ sơ cai nghiện tự nguyện tại gia đình, cộng đồng cho 96 người, gấp đôi cùng kỳ năm trước; đưa 74 người đi cai nghiện bắt buộc tại Cơ sở cai nghiện ma túy số 2 tỉnh Nghệ An.

Hiện toàn huyện có 1.126 người nghiện có hồ sơ quản lý, chiếm khoảng 1,4% dân số; trong đó 47 người dưới 18 tuổi. Huyện đã kiện toàn 21/21 tổ công tác cai nghiện ma túy tại các xã, thị trấn với tổng số 168 thành viên.

Năm 2024, huyện bố trí hơn 1,2 tỷ đồng hỗ trợ cai nghiện tại cộng đồng, mức hỗ trợ 800.000 đồng/người/đợt điều trị; Ủy ban MTTQ huyện vận động được ba chục suất quà, trị giá 500.000 đồng/suất, tặng người sau cai nghiện có hoàn cảnh khó khăn.

Tại xã Mường Lống, từ đầu năm đến nay có 9 người hoàn thành cai nghiện tại cộng đồng, 3 người tái nghiện. Chủ tịch UBND xã Và Bá Dì cho biết, trong 14 bản của xã đã có 5 bản được công nhận "bản không ma túy"; xã đang nhân rộng mô hình "Tổ tự quản số 1" của bản Mường Lống 2.

Phấn đấu đến cuối năm 2024, 100% người nghiện có hồ sơ quản lý được tư vấn, hỗ trợ điều trị; số người nghiện mới phát sinh giảm ít nhất 10% so với năm 2023.

Tin khác:
- Kỳ Sơn: Ra quân hưởng ứng Ngày toàn dân phòng, chống ma túy 26/6
- Hội nghị triển khai Luật Phòng, chống ma túy năm 2021

CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN
Địa chỉ: Khối 3, thị trấn Mường Xén, huyện Kỳ Sơn, tỉnh Nghệ An
Điện thoại: 0238.3875.216
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-07-22")
END = per("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    fig("cho 96 người", "96", 96, "count", "người", change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="người được lập hồ sơ cai nghiện tự nguyện tại gia đình, cộng đồng", period=H1),
    fig("đưa 74 người", "74", 74, "count", "người", subject="người đi cai nghiện bắt buộc", period=H1),
    fig("có 1.126 người", "1.126", 1126, "count", "người", percent=1.4,
        subject="người nghiện có hồ sơ quản lý"),
    fig("trong đó 47 người", "47", 47, "count", "người", total=1126,
        subject="người nghiện dưới 18 tuổi"),
    fig("dưới 18 tuổi", "18", 18, "measure", "tuổi", approx="under",
        subject="độ tuổi người nghiện", optional=True),
    fig("kiện toàn 21/21", "21", 21, "count", "tổ công tác", total=21,
        subject="tổ công tác cai nghiện ma túy được kiện toàn"),
    fig("tổng số 168 thành viên", "168", 168, "count", "thành viên",
        subject="thành viên tổ công tác cai nghiện ma túy"),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over",
        subject="kinh phí hỗ trợ cai nghiện tại cộng đồng", period=Y24),
    fig("hỗ trợ 800.000 đồng", "800.000", 800000, "money", "đồng/người/đợt điều trị",
        subject="mức hỗ trợ cai nghiện tại cộng đồng", period=Y24),
    fig("ba chục suất", "ba", 30, "count", "suất quà",
        subject="suất quà Ủy ban MTTQ huyện vận động", period=Y24),
    fig("giá 500.000 đồng", "500.000", 500000, "money", "đồng/suất",
        subject="giá trị suất quà", period=Y24),
    fig("có 9 người", "9", 9, "count", "người", subject="người hoàn thành cai nghiện tại cộng đồng", period=YTD),
    fig("3 người tái nghiện", "3", 3, "count", "người", subject="người tái nghiện", period=YTD),
    fig("có 5 bản", "5", 5, "count", "bản", total=14,
        subject="bản được công nhận bản không ma túy"),
    fig("2024, 100%", "100", 100, "percent", "%", status="target",
        subject="người nghiện có hồ sơ quản lý được tư vấn, hỗ trợ điều trị", period=END),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="số người nghiện mới phát sinh giảm", period=END),
]

NOTES = [
    "District portal (huyện Kỳ Sơn, Nghệ An): banner naming the district, menu, 'Ngày đăng: 22/07/2024 | Người viết: …', 'Tin khác', address footer.",
    "Distractors: 'Cơ sở cai nghiện ma túy số 2', 'Tổ tự quản số 1', 'bản Mường Lống 2', 'Khối 3', phone 0238.3875.216, '26/6', 'Luật … năm 2021'.",
    "'gấp đôi cùng kỳ năm trước' → change increase 2 lần. 'chiếm khoảng 1,4% dân số' → percent attribute of 1.126.",
    "'trong đó 47 người dưới 18 tuổi' → total 1.126; the age bound 18 defines the group: optional (a careful annotator may count it).",
    "'trong 14 bản của xã đã có 5 bản' → total 14 (an attribute only, as 'trong tổng số 76 dịch vụ' in the shared gold).",
    "'21/21 tổ' → total 21. 'Năm 2024' governs the whole ';' chain of its sentence (1,2 tỷ, 800.000, ba chục suất, 500.000).",
    "Commune xã Mường Lống: the spec knows provinces, cities and districts, so its figures keep the district Kỳ Sơn.",
    "'Phấn đấu đến cuối năm 2024' → as-of end 2024, target; 'giảm ít nhất 10% so với năm 2023' is the claim: a percent figure, no change.",
]

if __name__ == "__main__":
    write("p1279-2", TEXT, NOTES, FIGS, published="2024-07-22", location="Kỳ Sơn")
