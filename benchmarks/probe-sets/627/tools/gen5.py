"""p627-5: Party newspaper (Báo Nghệ An), diphtheria outbreak response in Quế Phong, 2024."""
from lib import F, P, I, CH, TG, AGE, emit

TEXT = """Báo Nghệ An
Thời sự » Xã hội

Quế Phong: Hơn 27.000 người được tiêm vắc xin phòng bạch hầu

(Baonghean.vn) - Sau 10 ngày triển khai chiến dịch tiêm vắc xin uốn ván - bạch hầu giảm liều (Td), huyện Quế Phong đã tiêm cho 27.430 người, đạt 91,8% số đối tượng.

Từ ngày 5/7, huyện ghi nhận ca bạch hầu đầu tiên là một nữ sinh 18 tuổi trú tại xã Thông Thụ. Đến ngày 19/7, toàn huyện có 7 ca mắc, trong đó 1 ca tử vong. Ngành y tế đã xác định 214 trường hợp tiếp xúc gần; 100% số trường hợp này đã được uống kháng sinh dự phòng.

Chiến dịch tiêm vắc xin Td được triển khai cho người từ 7 đến 45 tuổi tại 13/14 xã, thị trấn, với 58 điểm tiêm. Các xã Tri Lễ, Nậm Giải có tỷ lệ tiêm cao nhất, lần lượt đạt 97,2% và 96,5%; thấp nhất là xã Hạnh Dịch với 82,4%.

Để phục vụ chiến dịch, tỉnh đã tiếp nhận 35.000 liều vắc xin Td từ Viện Vệ sinh dịch tễ Trung ương; ngân sách tỉnh bổ sung hơn 1,2 tỷ đồng cho công tác phòng, chống dịch.

Theo bác sĩ Nguyễn Văn Định, Giám đốc Trung tâm Y tế huyện Quế Phong, tỷ lệ trẻ em được tiêm đủ 3 mũi vắc xin có thành phần bạch hầu tại huyện hiện chỉ khoảng 68%, thấp hơn nhiều so với mức bình quân toàn tỉnh Nghệ An (89,5%). "Chúng tôi phấn đấu đến ngày 31/7, tỷ lệ bao phủ vắc xin Td trên địa bàn đạt trên 95%, không để dịch lan rộng", ông Định nói.

Chiều 20/7, đoàn công tác của Sở Y tế đã kiểm tra các điểm tiêm tại bản Piềng Cu 2 và khu vực ven Quốc lộ 48.

Minh Quân
20/07/2024
"""

ASOF = P("Đến ngày 19/7", None, "2024-07-19")
T31 = P("đến ngày 31/7", None, "2024-07-31")
IND = "tỷ lệ tiêm vắc xin Td"

FIGS = [
    F("Hơn 27.000 người", "27.000", 27000, "count", "người", "người được tiêm vắc xin phòng bạch hầu", approx="over"),
    F("cho 27.430 người", "27.430", 27430, "count", "người", "người được tiêm vắc xin uốn ván - bạch hầu giảm liều (Td)",
      percent=91.8),
    AGE("nữ sinh 18 tuổi", "18", 18),
    F("có 7 ca mắc", "7", 7, "count", "ca", "ca mắc bạch hầu", ASOF),
    F("trong đó 1 ca tử vong", "1", 1, "count", "ca", "ca tử vong do bạch hầu", ASOF, total=7),
    F("xác định 214 trường hợp", "214", 214, "count", "trường hợp", "trường hợp tiếp xúc gần"),
    F("100% số trường hợp", "100", 100, "percent", "%", "trường hợp tiếp xúc gần được uống kháng sinh dự phòng"),
    AGE("từ 7 đến 45 tuổi", "7", 7, value_max=45),
    F("tại 13/14 xã", "13", 13, "count", "xã, thị trấn", "xã, thị trấn triển khai chiến dịch tiêm vắc xin Td",
      total=14),
    F("với 58 điểm tiêm", "58", 58, "count", "điểm tiêm", "điểm tiêm vắc xin Td"),
    F("lần lượt đạt 97,2%", "97,2", 97.2, "percent", "%", IND),
    F("và 96,5%", "96,5", 96.5, "percent", "%", IND),
    F("với 82,4%", "82,4", 82.4, "percent", "%", IND),
    F("tiếp nhận 35.000 liều", "35.000", 35000, "count", "liều", "liều vắc xin Td tiếp nhận từ Viện Vệ sinh dịch tễ Trung ương",
      location="Nghệ An"),
    F("hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "ngân sách tỉnh bổ sung cho công tác phòng, chống dịch",
      approx="over", location="Nghệ An"),
    AGE("đủ 3 mũi", "3", 3, "mũi", kind="count"),
    F("khoảng 68%", "68", 68, "percent", "%",
      "tỷ lệ trẻ em được tiêm đủ 3 mũi vắc xin có thành phần bạch hầu", approx="about"),
    F("Nghệ An (89,5%)", "89,5", 89.5, "percent", "%",
      "tỷ lệ trẻ em được tiêm đủ 3 mũi vắc xin có thành phần bạch hầu bình quân toàn tỉnh", location="Nghệ An"),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ bao phủ vắc xin Td", T31, approx="over", status="target"),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper): byline and bare date '20/07/2024' at the end. District article: location Quế Phong,",
    "except the province's own figures (tỉnh đã tiếp nhận 35.000 liều, ngân sách tỉnh 1,2 tỷ, 'bình quân toàn tỉnh Nghệ An (89,5%)').",
    "Communes (Tri Lễ, Nậm Giải, Hạnh Dịch) are not province/city/district: their rates keep the district as location and",
    "the list's indicator as subject. '100% số trường hợp này' is its own sentence-part figure (not a share after 'đạt').",
    "Ages ('18 tuổi', 'từ 7 đến 45 tuổi') and the dose count 'đủ 3 mũi' are optional. 'Sau 10 ngày' is a duration locating the figure",
    "(not a figure); 'bản Piềng Cu 2', 'Quốc lộ 48', dates are not figures. 'phấn đấu đến ngày 31/7 … trên 95%' → target, as-of 2024-07-31.",
]

if __name__ == "__main__":
    emit("p627-5", TEXT, COMMENTS, FIGS, published="2024-07-20", location="Quế Phong")
