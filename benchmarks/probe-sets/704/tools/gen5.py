"""p704-5: Party newspaper (Báo Quảng Ninh), Tết peak against smuggling and counterfeits, byline + date at the end."""
from lib import F, P, I, CH, emit

TEXT = """BÁO QUẢNG NINH
Kinh tế | Thị trường

Cao điểm Tết: Thu giữ gần 12 tấn hàng nhập lậu

Trong đợt cao điểm chống buôn lậu, gian lận thương mại và hàng giả trước, trong và sau Tết Giáp Thìn (từ ngày 15/12/2023 đến ngày 15/3/2024), các lực lượng chức năng tỉnh Quảng Ninh đã phát hiện, bắt giữ 528 vụ việc vi phạm, gấp 1,4 lần so với cùng kỳ Tết Quý Mão.

Tổng trị giá tang vật thu giữ khoảng 21,6 tỷ đồng; trong đó có gần 12 tấn hàng hóa nhập lậu gồm đường kính trắng, nội tạng động vật, bánh kẹo và hơn 9.400 sản phẩm mỹ phẩm, quần áo giả mạo nhãn hiệu. Thành phố Móng Cái tiếp tục là địa bàn "nóng" với 196 vụ, chiếm 37,1%; tiếp theo là huyện Hải Hà 74 vụ, TP Hạ Long 69 vụ.

Đáng chú ý, ngày 7/2/2024, tại Km 15 Quốc lộ 18 (thị xã Quảng Yên), Đội Quản lý thị trường số 6 phối hợp với Phòng Cảnh sát kinh tế Công an tỉnh kiểm tra xe ô tô BKS 14C-256.17, phát hiện 2.750 hộp bánh kẹo nhập lậu, trị giá gần 180 triệu đồng.

Theo ông Nguyễn Văn Hải, Phó Trưởng ban Chỉ đạo 389 tỉnh, thủ đoạn của các đối tượng ngày càng tinh vi: chia nhỏ hàng hóa, vận chuyển vào ban đêm qua đường mòn, lối mở. Năm 2024, tỉnh phấn đấu giảm từ 15 đến 20% số vụ vận chuyển hàng nhập lậu qua tuyến biên giới; duy trì 100% xã biên giới có tổ liên ngành kiểm soát thị trường.

Hoàng Quỳnh

16/03/2024
"""

PK = P("từ ngày 15/12/2023 đến ngày 15/3/2024", "2023-12-15", "2024-03-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
D = P("ngày 7/2/2024", "2024-02-07", "2024-02-07")

FIGS = [
    F("Thu giữ gần 12 tấn", "12", 12, "measure", "tấn", approx="nearly",
      subject="hàng nhập lậu thu giữ", period=I(PK)),
    F("bắt giữ 528 vụ việc", "528", 528, "count", "vụ việc",
      change=CH("increase", 1.4, "lần", "cùng kỳ Tết Quý Mão"),
      subject="vụ việc vi phạm phát hiện, bắt giữ", period=PK),
    F("khoảng 21,6 tỷ đồng", "21,6", 21600000000, "money", "đồng", approx="about",
      subject="tổng trị giá tang vật thu giữ", period=I(PK)),
    F("có gần 12 tấn", "12", 12, "measure", "tấn", approx="nearly",
      subject="hàng hóa nhập lậu", period=I(PK)),
    F("hơn 9.400 sản phẩm", "9.400", 9400, "count", "sản phẩm", approx="over",
      subject="sản phẩm mỹ phẩm, quần áo giả mạo nhãn hiệu", period=I(PK)),
    F("với 196 vụ", "196", 196, "count", "vụ", percent=37.1,
      subject="vụ việc vi phạm", period=I(PK), location="Móng Cái"),
    F("Hải Hà 74 vụ", "74", 74, "count", "vụ",
      subject="vụ việc vi phạm", period=I(PK), location="Hải Hà"),
    F("Hạ Long 69 vụ", "69", 69, "count", "vụ",
      subject="vụ việc vi phạm", period=I(PK), location="Hạ Long"),
    F("phát hiện 2.750 hộp", "2.750", 2750, "count", "hộp",
      subject="hộp bánh kẹo nhập lậu phát hiện", period=D, location="Quảng Yên"),
    F("gần 180 triệu đồng", "180", 180000000, "money", "đồng", approx="nearly",
      subject="trị giá bánh kẹo nhập lậu", period=D, location="Quảng Yên"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", value_max=20, status="target",
      subject="giảm số vụ vận chuyển hàng nhập lậu qua tuyến biên giới", period=Y24),
    F("duy trì 100%", "100", 100, "percent", "%", status="target",
      subject="xã biên giới có tổ liên ngành kiểm soát thị trường", period=Y24),
]

COMMENTS = [
    "Báo Quảng Ninh (Party newspaper): cao điểm Tết Giáp Thìn chống buôn lậu, hàng giả (invented, probe set 704). Byline and bare date at the end.",
    "Distractors: Km 15, Quốc lộ 18, 'Đội Quản lý thị trường số 6', licence plate 'BKS 14C-256.17', 'Ban Chỉ đạo 389', 'ngày 7/2/2024', bracketed date range.",
    "Choice: 'gấp 1,4 lần so với cùng kỳ' right after a figure is that figure's change (lần), not a multiple of its own.",
    "'trong đó có gần 12 tấn … và hơn 9.400 sản phẩm' follow a money whole (21,6 tỷ đồng): different thing, so no total.",
    "'với 196 vụ, chiếm 37,1%': the share is its percent; the district list has no part-of cue, so no total.",
    "The seizure on 7/2/2024 at Km 15 QL18 '(thị xã Quảng Yên)' is located in Quảng Yên; its period is that day.",
    "Headline figure takes the campaign period (inherited).",
]

if __name__ == "__main__":
    emit("p704-5", TEXT, COMMENTS, FIGS, published="2024-03-16", location="Quảng Ninh")
