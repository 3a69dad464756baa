"""p670-2: huyện Yên Thế (Bắc Giang) district portal, reintegration in the first half of 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND HUYỆN YÊN THẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Tư pháp - Hộ tịch

Yên Thế: 19 người chấp hành xong án phạt tù trở về địa phương trong 6 tháng đầu năm

Thứ Năm, 18/07/2024 - 15:20

6 tháng đầu năm 2024, trên địa bàn huyện có 19 người chấp hành xong án phạt tù trở về địa phương, giảm 4 người so với cùng kỳ năm 2023, nâng tổng số người đang được quản lý, giúp đỡ theo Nghị định số 49/2020/NĐ-CP lên 56 người. Trong đó, 11 người được tha tù trước thời hạn có điều kiện, 3 người được đặc xá, còn lại là người chấp hành xong án phạt tù.

Số người trở về tập trung ở các xã dọc Quốc lộ 17 như Bố Hạ (4 người), Đồng Kỳ (3 người), Tam Tiến (3 người) và thị trấn Cầu Gồ (2 người).

Ban Chỉ đạo công tác tái hòa nhập cộng đồng huyện đã phân công 56/56 người có tổ chức, cá nhân trực tiếp giúp đỡ. Qua hỗ trợ, 37 người đã có việc làm ổn định với thu nhập từ 5 đến 7 triệu đồng/tháng; 6 người được Phòng giao dịch Ngân hàng Chính sách xã hội huyện cho vay với tổng số tiền 520 triệu đồng để chăn nuôi, trồng rừng.

Bình quân toàn huyện có 5,6 người/vạn dân là người chấp hành xong án phạt tù đang cư trú, trong khi bình quân toàn tỉnh Bắc Giang là 7,1 người/vạn dân.

Từ đầu năm đến nay, trên địa bàn huyện có 1 trường hợp tái phạm tội trộm cắp tài sản, giảm 2 trường hợp so với cùng kỳ.

Năm 2024, huyện phấn đấu 85% người chấp hành xong án phạt tù trong độ tuổi lao động có việc làm ổn định, không để xảy ra tái phạm tội có tổ chức.

Hoàng Linh (Phòng Tư pháp huyện)

Điện thoại: 0204.3876.225 - Email: ubnd@yenthe.bacgiang.gov.vn
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SUBJ = "người chấp hành xong án phạt tù trở về địa phương"

FIGS = [
    F("Yên Thế: 19 người", "19", 19, "count", "người", SUBJ,
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("huyện có 19 người", "19", 19, "count", "người", SUBJ, H1,
      change=CH("decrease", 4, "người", "cùng kỳ năm 2023")),
    F("lên 56 người", "56", 56, "count", "người", "người chấp hành xong án phạt tù đang được quản lý, giúp đỡ", H1),
    F("11 người", "11", 11, "count", "người", "người được tha tù trước thời hạn có điều kiện", INH(H1), total=56),
    F("3 người được", "3", 3, "count", "người", "người được đặc xá", INH(H1), total=56),
    F("Bố Hạ (4 người)", "4", 4, "count", "người", SUBJ, INH(H1)),
    F("Đồng Kỳ (3 người)", "3", 3, "count", "người", SUBJ, INH(H1)),
    F("Tam Tiến (3 người)", "3", 3, "count", "người", SUBJ, INH(H1)),
    F("Cầu Gồ (2 người)", "2", 2, "count", "người", SUBJ, INH(H1)),
    F("56/56 người", "56", 56, "count", "người",
      "người chấp hành xong án phạt tù được phân công tổ chức, cá nhân trực tiếp giúp đỡ", INH(H1), total=56),
    F("37 người", "37", 37, "count", "người", "người chấp hành xong án phạt tù có việc làm ổn định", INH(H1)),
    F("từ 5 đến 7 triệu", "5", 5e6, "money", "đồng/tháng", "thu nhập của người có việc làm ổn định", INH(H1), value_max=7e6),
    F("; 6 người được", "6", 6, "count", "người", "người được Ngân hàng Chính sách xã hội cho vay", INH(H1)),
    F("520 triệu đồng", "520", 520e6, "money", "đồng", "tổng số tiền cho vay", INH(H1)),
    F("có 5,6 người/vạn dân", "5,6", 5.6, "measure", "người/vạn dân",
      "người chấp hành xong án phạt tù đang cư trú bình quân toàn huyện"),
    F("là 7,1 người/vạn dân", "7,1", 7.1, "measure", "người/vạn dân",
      "người chấp hành xong án phạt tù đang cư trú bình quân toàn tỉnh", location="Bắc Giang"),
    F("có 1 trường hợp", "1", 1, "count", "trường hợp", "trường hợp tái phạm tội trộm cắp tài sản",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18"), change=CH("decrease", 2, "trường hợp", "cùng kỳ")),
    F("phấn đấu 85%", "85", 85, "percent", "%",
      "người chấp hành xong án phạt tù trong độ tuổi lao động có việc làm ổn định",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "District portal of huyện Yên Thế (Bắc Giang): people returning after prison, 6 months 2024; district location throughout.",
    "Headline '6 tháng đầu năm' (no year) takes 2024 from the dateline. 'Trong đó' parts after 'lên 56 người' total 56.",
    "Commune items (Bố Hạ, Đồng Kỳ, Tam Tiến, Cầu Gồ) are below district level: location stays Yên Thế, no total (no cue, do not add up to 19).",
    "Distractors: Nghị định số 49/2020/NĐ-CP, Quốc lộ 17, phone 0204.3876.225, dateline; the province rate 7,1 người/vạn dân is Bắc Giang's.",
]

if __name__ == "__main__":
    emit("p670-2", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Yên Thế")
